using System.Text.RegularExpressions;

namespace Yardstick.Evals.Tests.Extraction;

/// <summary>
/// The MMLU-Pro reference harness's extraction cascade (TIGER-AI-Lab/MMLU-Pro evaluate_from_api.py), ported as the
/// baseline the tests compare against: first "answer is (X)", else the first ".*Answer: X", else the last standalone letter.
/// </summary>
internal static partial class OfficialMmluProExtraction
{
    public static string? Extract(string text)
    {
        var first = AnswerIs().Match(text);
        if (first.Success)
            return first.Groups[1].Value;
        var second = AnswerColon().Match(text);
        if (second.Success)
            return second.Groups[1].Value;
        var third = StandaloneLetter().Matches(text);
        return third.Count > 0 ? third[^1].Groups[1].Value : null;
    }

    [GeneratedRegex(@"answer is \(?([A-J])\)?")]
    private static partial Regex AnswerIs();

    [GeneratedRegex(@".*[aA]nswer:\s*([A-J])")]
    private static partial Regex AnswerColon();

    [GeneratedRegex(@"\b([A-J])\b(?!.*\b[A-J]\b)", RegexOptions.Singleline)]
    private static partial Regex StandaloneLetter();
}
