using System.Text.RegularExpressions;

namespace Yardstick.Evals.Extraction;

/// <summary>
/// Reads the chosen letter of a multiple-choice answer from the last anchored answer: "(B)", "B.", "option B",
/// "**B**", <c>\boxed{B}</c>, or the exact text of one option. A last answer that names no option
/// ("The answer is (None of the above)") is no answer, never a guessed letter.
/// </summary>
public sealed partial class ChoiceExtractor(IReadOnlyList<string> options)
{
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public IReadOnlyList<string> Options { get; } = options;

    /// <summary>The letter the last anchored answer gives, or null ("no answer").</summary>
    public string? Extract(string answerText)
    {
        var candidate = AnchoredAnswerFinder.FindLast(answerText);
        return candidate is null ? null : LetterOf(candidate.Text);
    }

    /// <summary>
    /// The lenient reading: the anchored answer, else the last parenthesised option letter in the text, else a
    /// response that is only a letter. Reported as the loose score, never the headline.
    /// </summary>
    public string? ExtractLoose(string answerText)
    {
        var strict = Extract(answerText);
        if (strict is not null)
            return strict;
        var bare = LetterOf(answerText);
        if (bare is not null && answerText.Trim().Length <= 4)
            return bare;
        string? last = null;
        foreach (Match match in ParenthesisedLetter().Matches(answerText))
            if (IsOption(match.Groups[1].Value[0]))
                last = match.Groups[1].Value;
        return last;
    }

    /// <summary>The option letter an answer value names, or null.</summary>
    public string? LetterOf(string value)
    {
        var text = AnswerCleaner.Clean(value);
        var match = LeadingLetter().Match(text);
        if (match.Success)
        {
            var letter = match.Groups["letter"].Value[0];
            var bracketed = match.Groups["open"].Success || match.Groups["close"].Success;
            var rest = text[match.Length..];
            if (IsOption(char.ToUpperInvariant(letter)) && (char.IsUpper(letter) || bracketed || rest.Length == 0) && !LooksLikeAWord(letter, bracketed, rest))
                return char.ToUpperInvariant(letter).ToString();
        }
        // "The answer is 48 ft/s" where an option reads exactly "48 ft/s".
        var normalised = Normalise(text);
        for (var i = 0; i < Options.Count; i++)
            if (normalised.Length > 0 && Normalise(Options[i]) == normalised)
                return Letters[i].ToString();
        return null;
    }

    private bool IsOption(char letter) => Letters.IndexOf(letter, StringComparison.Ordinal) is var index && index >= 0 && index < Options.Count;

    // "I think it is B" and "A ring homomorphism…": a bare I or A followed by a lower-case word is a word, not a choice.
    private static bool LooksLikeAWord(char letter, bool bracketed, string rest) =>
        !bracketed && letter is 'I' or 'A' && rest.Length > 1 && rest[0] == ' ' && char.IsLower(rest[1])
        && !rest.StartsWith(" because", StringComparison.Ordinal) && !rest.StartsWith(" since", StringComparison.Ordinal);

    private static string Normalise(string text) => WhiteSpace().Replace(text.Trim().TrimEnd('.').ToLowerInvariant(), " ");

    [GeneratedRegex(@"^(?:(?:option|choice|letter)\s*)?(?<open>[\(\[])?(?<letter>[A-Za-z])(?<close>[\)\]])?(?=$|[\s.:,;)\]])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingLetter();

    [GeneratedRegex(@"\(([A-Z])\)")]
    private static partial Regex ParenthesisedLetter();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
