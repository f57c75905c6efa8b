using System.Text.RegularExpressions;

namespace Yardstick.Evals.Extraction;

/// <summary>
/// Finds anchored final answers ("Answer: X", "the answer is X", <c>\boxed{X}</c>, …) in a response. Graders take
/// the <b>last</b> one: models restate, correct themselves, or answer few-shot examples before the real question, and
/// the last statement is the one they stand by (taking the first is a known failure of peer harnesses).
/// </summary>
public static partial class AnchoredAnswerFinder
{
    /// <summary>All anchored answers in order of position.</summary>
    public static IReadOnlyList<AnswerCandidate> FindAll(string text, bool lineStartA = false)
    {
        var found = new List<AnswerCandidate>();
        foreach (Match match in AnswerIsPattern().Matches(text))
            AddLine(found, text, match, AnchorKind.AnswerIs);
        foreach (Match match in AnswerColonPattern().Matches(text))
            AddLine(found, text, match, AnchorKind.AnswerColon);
        foreach (Match match in HashesPattern().Matches(text))
            AddLine(found, text, match, AnchorKind.Hashes);
        if (lineStartA)
            foreach (Match match in LineStartAPattern().Matches(text))
                AddLine(found, text, match, AnchorKind.LineStartA);
        foreach (var (position, content) in BalancedBraces.FindAll(text, @"\boxed", @"\fbox"))
            found.Add(new AnswerCandidate(position, AnchorKind.Boxed, content));
        found.Sort((a, b) => a.Position.CompareTo(b.Position));
        return found;
    }

    /// <summary>The last anchored answer, or null when the response states none.</summary>
    public static AnswerCandidate? FindLast(string text, bool lineStartA = false)
    {
        // "The answer is $\boxed{5}$": the box starts after the phrase, so the last candidate is the box's clean content.
        var all = FindAll(text, lineStartA);
        return all.Count == 0 ? null : all[^1];
    }

    private static void AddLine(List<AnswerCandidate> found, string text, Match match, AnchorKind anchor)
    {
        var value = ValueAfter(text, match.Index + match.Length);
        if (value.Length > 0)
            found.Add(new AnswerCandidate(match.Index, anchor, value));
    }

    // The value runs to the end of its line; when the anchor ends its line ("The answer is:\n\n**B**") the value is
    // the next non-empty line.
    private static string ValueAfter(string text, int start)
    {
        var at = start;
        while (at < text.Length && (text[at] is ' ' or '\t' or '*' or '_' or ':'))
            at++;
        var newlines = 0;
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            if (text[at] == '\n' && ++newlines > 2)
                return "";
            at++;
        }
        var end = text.IndexOf('\n', at);
        var line = end < 0 ? text[at..] : text[at..end];
        return line.Trim();
    }

    [GeneratedRegex(@"\b(?:answer|correct\s+(?:option|choice))\s*(?:is|would\s+be|will\s+be|should\s+be|must\s+be)(?![\w'’])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnswerIsPattern();

    [GeneratedRegex(@"\banswer[*_]*\s*[:：]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnswerColonPattern();

    [GeneratedRegex(@"^[ \t]*####", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex HashesPattern();

    [GeneratedRegex(@"^[ \t]*A[:：]", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex LineStartAPattern();
}
