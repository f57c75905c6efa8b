using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Yardstick.Evals.IfEval.Language;

/// <summary>
/// A small offline stand-in for <c>langdetect.detect</c>, which the official IFEval checker calls
/// for <c>language:response_language</c>, <c>change_case:english_capital</c> and
/// <c>change_case:english_lowercase</c>. It picks the script with the most letters; a script used
/// by one language decides the language outright, and a shared script (Latin, Cyrillic, Arabic,
/// Devanagari) is resolved by counting stop words and distinctive letters of each candidate
/// language. It returns ISO 639-1 codes as langdetect does (<c>zh-cn</c> for Chinese), or null
/// where langdetect would raise (no letters), which IFEval counts as "followed".
/// Limits: short texts, mixed-language texts and Latin-script languages without a profile
/// (see <see cref="StopWordProfiles"/>) can be misclassified; the nearest profiled language wins,
/// Latin text of three or more words with no profiled stop word at all is called English, and
/// shorter such text is undetermined (<c>und</c>).
/// </summary>
internal static partial class LanguageDetector
{
    public const string Undetermined = "und";

    private const int MinimumWordsForEnglishFallback = 3;

    public static string? Detect(string text)
    {
        text = Url().Replace(text, " ");
        text = Email().Replace(text, " ");
        var letters = CountLettersByScript(text);
        if (letters.Count == 0)
            return null;
        var script = letters.MaxBy(pair => pair.Value).Key;
        return script switch
        {
            Script.Greek => "el",
            Script.Hebrew => "he",
            Script.Bengali => "bn",
            Script.Gurmukhi => "pa",
            Script.Gujarati => "gu",
            Script.Tamil => "ta",
            Script.Telugu => "te",
            Script.Kannada => "kn",
            Script.Malayalam => "ml",
            Script.Thai => "th",
            Script.Hangul => "ko",
            Script.Kana => "ja",
            // Kanji-only runs are common in Japanese; a few kana among them still mean Japanese.
            Script.Han => letters.GetValueOrDefault(Script.Kana) * 10 >= letters[Script.Han] ? "ja" : "zh-cn",
            _ => BestProfile(text, script),
        };
    }

    private static Dictionary<Script, int> CountLettersByScript(string text)
    {
        var counts = new Dictionary<Script, int>();
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var isLetterOrMark = category <= UnicodeCategory.OtherLetter
                || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (isLetterOrMark && ScriptClassifier.Classify(rune) is { } script)
                counts[script] = counts.GetValueOrDefault(script) + 1;
        }
        return counts;
    }

    private static string BestProfile(string text, Script script)
    {
        var lower = text.ToLowerInvariant();
        var words = Word().Matches(lower).Select(m => m.Value).ToList();
        // Latin text of a few words without a single profiled stop word (a title, a list of names)
        // is called English, as langdetect mostly does for such texts; one or two words are too
        // little evidence, and langdetect's verdict on them is close to arbitrary.
        string best = script == Script.Latin && words.Count >= MinimumWordsForEnglishFallback ? "en" : Undetermined;
        var bestScore = 0.0;
        foreach (var profile in StopWordProfiles.All)
        {
            if (profile.Script != script)
                continue;
            var score = (double)words.Count(profile.Words.Contains);
            // Distinctive letters break ties between languages that share most function words;
            // they count less than a word so a few loanwords do not flip the verdict.
            if (profile.DistinctiveLetters.Length > 0)
                score += 0.25 * lower.Count(c => profile.DistinctiveLetters.Contains(c, StringComparison.Ordinal));
            if (score > bestScore)
            {
                best = profile.LanguageCode;
                bestScore = score;
            }
        }
        return best;
    }

    [GeneratedRegex(@"https?://[-_.?&~;+=/#0-9A-Za-z]{1,2076}", RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"[-_.0-9A-Za-z]{1,64}@[-_0-9A-Za-z]{1,255}[-_.0-9A-Za-z]{1,255}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"[\p{L}\p{M}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
