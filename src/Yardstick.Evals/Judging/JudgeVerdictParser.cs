using System.Text.RegularExpressions;
using Yardstick.Core.Evals;

namespace Yardstick.Evals.Judging;

/// <summary>
/// Reads the verdict from a judge's reply: the last line of the form <c>VERDICT: CORRECT|INCORRECT|ABSTAINED</c>
/// (case and surrounding markup such as <c>**</c> ignored). No such line, or one naming anything else, is no verdict:
/// the judgement failed, it is never read as "incorrect".
/// </summary>
public static partial class JudgeVerdictParser
{
    public static JudgeVerdict? Parse(string? reply)
    {
        if (string.IsNullOrWhiteSpace(reply))
            return null;
        var matches = VerdictLine().Matches(reply);
        if (matches.Count == 0)
            return null;
        return matches[^1].Groups["verdict"].Value.ToUpperInvariant() switch
        {
            "CORRECT" => JudgeVerdict.Correct,
            "INCORRECT" => JudgeVerdict.Incorrect,
            "ABSTAINED" => JudgeVerdict.Abstained,
            _ => null,
        };
    }

    /// <summary>The verdict as stored: <c>correct</c>, <c>incorrect</c>, <c>abstained</c>.</summary>
    public static string Key(JudgeVerdict verdict) => verdict.ToString().ToLowerInvariant();

    /// <summary>The inverse of <see cref="Key"/>; null for anything else.</summary>
    public static JudgeVerdict? FromKey(string? key) => key switch
    {
        "correct" => JudgeVerdict.Correct,
        "incorrect" => JudgeVerdict.Incorrect,
        "abstained" => JudgeVerdict.Abstained,
        _ => null,
    };

    [GeneratedRegex(@"^[\s*_#>`-]*VERDICT[\s*_`]*:[\s*_`]*(?<verdict>[A-Za-z]+)[\s*_`.]*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex VerdictLine();
}
