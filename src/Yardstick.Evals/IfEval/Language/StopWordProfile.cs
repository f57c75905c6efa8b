namespace Yardstick.Evals.IfEval.Language;

/// <summary>
/// A language's most frequent function words (and, for scripts shared by several languages,
/// the letters only that language uses). A text scores one point per word found here.
/// </summary>
internal sealed record StopWordProfile(string LanguageCode, Script Script, IReadOnlySet<string> Words, string DistinctiveLetters = "")
{
    public static StopWordProfile Of(string languageCode, Script script, string words, string distinctiveLetters = "") =>
        new(languageCode, script, words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal), distinctiveLetters);
}
