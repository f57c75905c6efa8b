using System.Text.RegularExpressions;

namespace Yardstick.Evals.LongContext;

/// <summary>
/// Exact comparison of short answers: case, surrounding spaces, a trailing full stop and a leading "the" are ignored;
/// answers of several parts are split on commas, semicolons and "and" and compared part by part, in order.
/// </summary>
public static partial class ExactAnswer
{
    public static IReadOnlyList<string> Parts(string answer) =>
        Splitter().Split(answer).Select(Normalise).Where(p => p.Length > 0).ToList();

    public static bool Matches(string answer, IReadOnlyList<string> expected) =>
        Parts(answer).SequenceEqual(expected.Select(Normalise), StringComparer.Ordinal);

    public static string Normalise(string part)
    {
        var text = Spaces().Replace(part.Trim().TrimEnd('.').Trim(), " ").ToLowerInvariant();
        return text.StartsWith("the ", StringComparison.Ordinal) ? text[4..] : text;
    }

    [GeneratedRegex(@"\s*(?:,|;|\band\b)\s*")]
    private static partial Regex Splitter();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
