using System.Text.RegularExpressions;

namespace Yardstick.Evals.IfEval.Text;

/// <summary>One word token with the annotations Punkt's two passes put on it (nltk <c>PunktToken</c>).</summary>
internal sealed partial class PunktToken(string text)
{
    public const string NumberType = "##number##";

    public string Text { get; } = text;

    /// <summary>Case-normalised type; numbers collapse to <see cref="NumberType"/>.</summary>
    public string Type { get; } = Numeric().IsMatch(text) ? NumberType : PythonText.Lower(text);

    public bool PeriodFinal => Text.EndsWith('.');

    public bool SentenceBreak { get; set; }

    public bool Abbreviation { get; set; }

    public bool Ellipsis { get; set; }

    public string TypeNoPeriod => Type.Length > 1 && Type[^1] == '.' ? Type[..^1] : Type;

    public string TypeNoSentencePeriod => SentenceBreak ? TypeNoPeriod : Type;

    public bool FirstUpper => char.IsUpper(Text[0]);

    public bool FirstLower => char.IsLower(Text[0]);

    public bool IsEllipsis => EllipsisPattern().IsMatch(Text);

    public bool IsInitial => Initial().IsMatch(Text);

    [GeneratedRegex(@"\A-?[\.,]?\d[\d,\.-]*\.?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\A\.\.+\z", RegexOptions.CultureInvariant)]
    private static partial Regex EllipsisPattern();

    [GeneratedRegex(@"\A" + PythonRegex.LetterChar + @"\.\z", RegexOptions.CultureInvariant)]
    private static partial Regex Initial();
}
