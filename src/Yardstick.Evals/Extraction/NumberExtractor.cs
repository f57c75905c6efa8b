using System.Globalization;
using System.Text.RegularExpressions;

namespace Yardstick.Evals.Extraction;

/// <summary>
/// Reads a final number (GSM8K): from the last anchored answer ("Answer: $1,234", "the answer is 18 dollars",
/// "#### 18", "A: 18", <c>\boxed{18}</c>); when the anchored value is a calculation ("16 - 3 - 4 = 9") the value after
/// its last "=". The loose reading falls back to the last number anywhere in the response.
/// </summary>
public static partial class NumberExtractor
{
    /// <summary>The anchored final number as written (commas removed), or null.</summary>
    public static string? Extract(string answerText)
    {
        var candidate = AnchoredAnswerFinder.FindLast(answerText, lineStartA: true);
        return candidate is null ? null : FirstNumber(AfterLastEquals(AnswerCleaner.Clean(candidate.Text)));
    }

    /// <summary>The anchored number, else the last number in the text.</summary>
    public static string? ExtractLoose(string answerText)
    {
        var strict = Extract(answerText);
        if (strict is not null)
            return strict;
        var matches = NumberPattern().Matches(WithoutThousandsSeparators(answerText));
        return matches.Count == 0 ? null : Canonical(matches[^1].Value);
    }

    /// <summary>The first number in a value, or null.</summary>
    public static string? FirstNumber(string value)
    {
        var match = NumberPattern().Match(WithoutThousandsSeparators(value));
        return match.Success ? Canonical(match.Value) : null;
    }

    /// <summary>Parses a number written as an integer, decimal or simple fraction; null when it is none of these.</summary>
    public static double? Parse(string? text)
    {
        if (text is null)
            return null;
        var value = WithoutThousandsSeparators(text.Trim());
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0
            && double.TryParse(value[..slash], NumberStyles.Float, CultureInfo.InvariantCulture, out var numerator)
            && double.TryParse(value[(slash + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var denominator)
            && denominator != 0)
            return numerator / denominator;
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    /// <summary>True when both parse and agree to a relative 1e-6 (18 = 18.00 = 18.0).</summary>
    public static bool NumbersEqual(string? a, string? b)
    {
        var x = Parse(a);
        var y = Parse(b);
        return x is not null && y is not null && Math.Abs(x.Value - y.Value) <= 1e-6 * Math.Max(1, Math.Abs(y.Value));
    }

    private static string AfterLastEquals(string value)
    {
        var at = value.LastIndexOf('=');
        return at >= 0 && NumberPattern().IsMatch(value[(at + 1)..]) ? value[(at + 1)..] : value;
    }

    private static string WithoutThousandsSeparators(string text) => ThousandsSeparator().Replace(text, "");

    private static string Canonical(string number) => number.TrimEnd('.');

    [GeneratedRegex(@"-?\d+(?:\.\d+)?(?:/\d+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?<=\d),(?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSeparator();
}
