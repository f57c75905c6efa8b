using System.Text.RegularExpressions;
using Yardstick.Evals.Extraction;

namespace Yardstick.Evals.Scoring;

/// <summary>
/// Puts a LaTeX final answer into a canonical string, after the MATH graders (Hendrycks' <c>math_normalize</c>,
/// PRM800K's grader): no spacing commands, <c>\left</c>/<c>\right</c>, dollars, degrees, percent signs or unit text;
/// <c>\dfrac</c>→<c>\frac</c>, <c>\frac12</c>→<c>\frac{1}{2}</c>, <c>\sqrt2</c>→<c>\sqrt{2}</c>, no "x =" prefix,
/// no thousands separators, no spaces.
/// </summary>
public static partial class MathNormaliser
{
    private static readonly string[] Removed = [@"\!", @"\,", @"\;", @"\:", @"\ ", @"\left", @"\right", @"\displaystyle", @"\$", "$", @"\%", "%", "°", "^\\circ", "^{\\circ}", @"\quad", @"\qquad"];

    public static string Normalise(string answer)
    {
        var text = answer.Trim();
        text = BalancedBraces.Unwrap(text, @"\boxed");
        text = UnitText().Replace(text, match => match.Groups["number"].Value);
        foreach (var command in new[] { @"\text", @"\textbf", @"\mbox", @"\mathrm", @"\mathbf", @"\textrm" })
            text = BalancedBraces.Unwrap(text, command);
        text = text.Replace(@"\dfrac", @"\frac", StringComparison.Ordinal).Replace(@"\tfrac", @"\frac", StringComparison.Ordinal);
        foreach (var removed in Removed)
            text = text.Replace(removed, "", StringComparison.Ordinal);
        text = text.Replace("\\{", "{", StringComparison.Ordinal).Replace("\\}", "}", StringComparison.Ordinal);
        text = WhiteSpace().Replace(text, "");
        text = VariablePrefix().Replace(text, "");
        text = ShortFraction().Replace(text, @"\frac{${a}}{${b}}");
        text = ShortSqrt().Replace(text, @"\sqrt{${a}}");
        text = ThousandsSeparator().Replace(text, "");
        text = LeadingPoint().Replace(text, "${sign}0.");
        text = text.TrimEnd('.');
        if (SimpleSlash().Match(text) is { Success: true } slash)
            text = $@"\frac{{{slash.Groups["a"].Value}}}{{{slash.Groups["b"].Value}}}";
        return text;
    }

    // "10 \text{ inches}", "5\text{cm}^2": a number followed by unit text keeps the number.
    [GeneratedRegex(@"^(?<number>[-\d.,/\\{}a-z]*\d[}\s]*)\\(?:text|mbox|mathrm)\{\s*[a-zA-Z][a-zA-Z .]*\}(?:\^\{?\d\}?)?$")]
    private static partial Regex UnitText();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    // "x=5", "k = 3", "\theta=…" (a single variable being assigned), and "x\in[1,2]".
    [GeneratedRegex(@"^(?:[a-zA-Z]|\\[a-zA-Z]+)(?:=|\\in)(?=.)")]
    private static partial Regex VariablePrefix();

    [GeneratedRegex(@"\\frac(?<a>\d)(?<b>\d)")]
    private static partial Regex ShortFraction();

    [GeneratedRegex(@"\\sqrt(?<a>\d+)")]
    private static partial Regex ShortSqrt();

    // Only a whole number written with separators ("1,000,000"); "[1,100]" is an interval, not 1100.
    [GeneratedRegex(@"(?<=^-?\d{1,3}(?:,\d{3})*),(?=\d{3}(?:,\d{3})*(?:\.\d+)?$)")]
    private static partial Regex ThousandsSeparator();

    [GeneratedRegex(@"(?<sign>^|[^\d])\.(?=\d)")]
    private static partial Regex LeadingPoint();

    [GeneratedRegex(@"^(?<a>-?\d+)/(?<b>\d+)$")]
    private static partial Regex SimpleSlash();
}
