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

    public static bool Matches(string? answer, string target, IReadOnlyDictionary<string, string>? options = null)
    {
        if (answer is null)
            return false;
        var normalisedTarget = Normalise(target);
        var normalisedAnswer = Normalise(answer);
        if (normalisedAnswer == normalisedTarget)
            return true;
        // "apple, banana, cherry" for the word list "apple banana cherry".
        if (!target.Contains(',', StringComparison.Ordinal) && WhiteSpace().Replace(normalisedAnswer.Replace(',', ' '), " ").Trim() == normalisedTarget)
            return true;
        // The text of an option instead of its letter: "12/25/1937" for "(B) 12/25/1937".
        if (options is not null && options.FirstOrDefault(o => Normalise(o.Value) == normalisedAnswer) is { Key: { } optionLetter })
            answer = $"({optionLetter})";
        if (OptionTarget().Match(target.Trim()) is { Success: true } option)
        {
            // "(B)", "B", "(B) 12/25/1937": the chosen letter decides.
            var chosen = OptionAnswer().Match(answer.Trim());
            var letter = chosen.Groups["bracketed"].Success ? chosen.Groups["bracketed"].Value : chosen.Groups["bare"].Value;
            return chosen.Success && string.Equals(letter, option.Groups[1].Value, StringComparison.OrdinalIgnoreCase)
                && !MoreThanOneOption().IsMatch(answer);
        }
        return NumberExtractor.Parse(normalisedTarget) is not null && NumberExtractor.NumbersEqual(normalisedAnswer, normalisedTarget);
    }

    /// <summary>The lettered options of a BBH input ("(A) 12/11/1937" lines), by letter; empty when the task has none.</summary>
    public static IReadOnlyDictionary<string, string> OptionsOf(string input) =>
        OptionLine().Matches(input).GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => g.First().Groups[2].Value.Trim(), StringComparer.Ordinal);

    private static string Normalise(string text) => WhiteSpace().Replace(AnswerCleaner.Clean(text).ToLowerInvariant(), " ").Trim();

    [GeneratedRegex(@"^\(([A-Z])\)$")]
    private static partial Regex OptionTarget();

    // A bare letter must be a capital ("a sports car" is not option A); a bracketed one may be either case.
    [GeneratedRegex(@"^(?:\((?<bracketed>[A-Za-z])\)|(?<bare>[A-Z])\)?)(?=$|[\s.:,)])")]
    private static partial Regex OptionAnswer();

    // "(A) and (B)" names two options: not an answer to a single-choice question.
    [GeneratedRegex(@"\([A-Z]\).*\([A-Z]\)")]
    private static partial Regex MoreThanOneOption();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^\(([A-R])\)\s*(.+)$", RegexOptions.Multiline)]
    private static partial Regex OptionLine();
}
