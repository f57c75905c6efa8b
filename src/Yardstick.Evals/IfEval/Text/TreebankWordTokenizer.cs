using System.Text.RegularExpressions;

namespace Yardstick.Evals.IfEval.Text;

/// <summary>
/// A port of nltk's <c>NLTKWordTokenizer</c> (the improved Treebank tokenizer behind
/// <c>nltk.word_tokenize</c>): regex substitutions that pad punctuation, quotes and clitics with
/// spaces, then a whitespace split. IFEval counts all-capital tokens from it, so splitting
/// "AI's" into "AI" + "'s" or "DON'T" into "DO" + "N'T" changes the count.
/// </summary>
internal static class TreebankWordTokenizer
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly (Regex Pattern, string Replacement)[] StartingQuotes =
    [
        (new Regex("([«“‘„]|[`]+)", Options), " $1 "),
        (new Regex("^\"", Options), "``"),
        (new Regex("(``)", Options), " $1 "),
        (new Regex("([ \\(\\[{<])(\"|'{2})", Options), "$1 `` "),
        (new Regex(@"(?<!" + PythonRegex.WordChar + @")(')(?!(?:re|ve|ll|m|t|s|d|n)" + PythonRegex.WordBoundary + ")(?=" + PythonRegex.WordChar + ")", Options | RegexOptions.IgnoreCase), "$1 "),
    ];

    private static readonly (Regex Pattern, string Replacement)[] Punctuation =
    [
        (new Regex("([^\\.])(\\.)([\\]\\)}>\"'»”’ ]*)\\s*$", Options), "$1 $2 $3 "),
        (new Regex("([:,])([^\\d])", Options), " $1 $2"),
        (new Regex("([:,])$", Options), " $1 "),
        (new Regex("\\.{2,}", Options), " $0 "),
        (new Regex("[;@#$%&]", Options), " $0 "),
        (new Regex("[\u2012-\u2015]", Options), " $0 "),
        (new Regex("([^\\.])(\\.)([\\]\\)}>\"']*)\\s*$", Options), "$1 $2$3 "),
        (new Regex("[?!]", Options), " $0 "),
        (new Regex("([^'])' ", Options), "$1 ' "),
        (new Regex("[*]", Options), " $0 "),
        (new Regex("[\\]\\[\\(\\)\\{\\}\\<\\>]", Options), " $0 "),
        (new Regex("--", Options), " -- "),
    ];

    private static readonly (Regex Pattern, string Replacement)[] EndingQuotes =
    [
        (new Regex("([»”’])", Options), " $1 "),
        (new Regex("''", Options), " '' "),
        (new Regex("\"", Options), " '' "),
        (new Regex("\\s+", Options), " "),
        (new Regex("([^' ])('[sS]|'[mM]|'[dD]|') ", Options), "$1 $2 "),
        (new Regex("([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ", Options), "$1 $2 "),
    ];

    private static readonly Regex[] Contractions =
    [
        .. new[]
        {
            @"(can)(not)", "(d)('ye)", "(gim)(me)", "(gon)(na)", "(got)(ta)", "(lem)(me)", "(more)('n)",
        }.Select(p => new Regex(PythonRegex.WordBoundary + p + PythonRegex.WordBoundary, Options | RegexOptions.IgnoreCase)),
        new Regex(PythonRegex.WordBoundary + @"(wan)(na)(?=\s)", Options | RegexOptions.IgnoreCase),
        new Regex(" ('t)(is)" + PythonRegex.WordBoundary, Options | RegexOptions.IgnoreCase),
        new Regex(" ('t)(was)" + PythonRegex.WordBoundary, Options | RegexOptions.IgnoreCase),
    ];

    public static IReadOnlyList<string> Tokenize(string text)
    {
        foreach (var (pattern, replacement) in StartingQuotes)
            text = pattern.Replace(text, replacement);
        foreach (var (pattern, replacement) in Punctuation)
            text = pattern.Replace(text, replacement);
        text = " " + text + " ";
        foreach (var (pattern, replacement) in EndingQuotes)
            text = pattern.Replace(text, replacement);
        foreach (var pattern in Contractions)
            text = pattern.Replace(text, " $1 $2 ");
        return PythonText.SplitWhitespace(text);
    }
}
