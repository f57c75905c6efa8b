namespace Yardstick.Evals.IfEval.Text;

/// <summary>
/// Regex fragments that reproduce Python's Unicode <c>re</c> classes in .NET. Python's <c>\w</c> is
/// "alphanumeric or underscore" (no combining marks, unlike .NET's <c>\w</c>), which changes word
/// counts in scripts such as Devanagari, so the IFEval port spells the class out.
/// </summary>
internal static class PythonRegex
{
    /// <summary>Python's <c>\w</c>.</summary>
    public const string WordChar = @"[\p{L}\p{N}_]";

    /// <summary>Python's <c>[^\W\d]</c>: a word character that is not a decimal digit.</summary>
    public const string LetterChar = @"[\p{L}\p{Nl}\p{No}_]";

    /// <summary>Python's <c>\b</c>, built from <see cref="WordChar"/>.</summary>
    public const string WordBoundary = @"(?:(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_]))";
}
