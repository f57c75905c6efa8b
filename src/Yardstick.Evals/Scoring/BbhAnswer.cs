using System.Text.RegularExpressions;
using Yardstick.Evals.Extraction;

namespace Yardstick.Evals.Scoring;

/// <summary>
/// BIG-Bench Hard answers: the target is an option "(B)", a word (True, Yes, valid), a number, or a sequence
/// (word sorting, Dyck closing brackets). The model's answer is the last anchored one ("So the answer is X."),
/// compared case-insensitively with whitespace collapsed; an option target also matches the bare letter.
/// </summary>
public static partial class BbhAnswer
{
    public static string? Extract(string answerText)
    {
        var candidate = AnchoredAnswerFinder.FindLast(answerText);
        if (candidate is null)
            return null;
        var value = AnswerCleaner.Clean(candidate.Text);
        return value.Length == 0 ? null : value;
    }

    public static bool Matches(string? answer, string target)
    {
        if (answer is null)
            return false;
        var normalisedTarget = Normalise(target);
        var normalisedAnswer = Normalise(answer);
        if (normalisedAnswer == normalisedTarget)
            return true;
        if (OptionTarget().Match(target.Trim()) is { Success: true } option)
        {
            // "(B)", "B", "(B) 12/25/1937": the chosen letter decides.
            var letter = OptionAnswer().Match(answer.Trim());
            return letter.Success && string.Equals(letter.Groups[1].Value, option.Groups[1].Value, StringComparison.OrdinalIgnoreCase)
                && !MoreThanOneOption().IsMatch(answer);
        }
        return NumberExtractor.Parse(normalisedTarget) is not null && NumberExtractor.NumbersEqual(normalisedAnswer, normalisedTarget);
    }

    private static string Normalise(string text) => WhiteSpace().Replace(AnswerCleaner.Clean(text).ToLowerInvariant(), " ").Trim();

    [GeneratedRegex(@"^\(([A-Z])\)$")]
    private static partial Regex OptionTarget();

    [GeneratedRegex(@"^\(?([A-Za-z])\)?(?=$|[\s.:,)])")]
    private static partial Regex OptionAnswer();

    // "(A) and (B)" names two options: not an answer to a single-choice question.
    [GeneratedRegex(@"\([A-Z]\).*\([A-Z]\)")]
    private static partial Regex MoreThanOneOption();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
