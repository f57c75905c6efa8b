using System.Text.RegularExpressions;

namespace Yardstick.Evals.IfEval.Text;

/// <summary>
/// A port of nltk's <c>PunktSentenceTokenizer.span_tokenize</c> with the English parameters, which
/// IFEval's <c>count_sentences</c> uses. A candidate break is a <c>.</c>, <c>?</c> or <c>!</c> followed
/// by punctuation or by whitespace and a token; it is a break unless Punkt's annotation of the
/// surrounding two words says abbreviation, initial or ordinal. Newlines alone never end a sentence.
/// </summary>
internal static partial class PunktSentenceTokenizer
{
    private const string NonWord = @"(?:[)"";}\]\*:@'\({\[?!])";
    private const string MultiChar = @"(?:\-{2,}|\.{2,}|(?:\.\s){2,}\.)";
    private const string WordStart = @"[^\(""`{\[:;&\#\*@\)}\]\-,]";

    private static readonly HashSet<string> Punctuation = [";", ":", ",", ".", "!", "?"];

    /// <summary>The number of sentences in <paramref name="text"/>.</summary>
    public static int Count(string text) => Spans(text).Count;

    /// <summary>The sentences of <paramref name="text"/> as (start, end) character offsets.</summary>
    public static IReadOnlyList<(int Start, int End)> Spans(string text) => Realign(text, Slices(text));

    private static List<(int Start, int End)> Slices(string text)
    {
        var slices = new List<(int, int)>();
        var lastBreak = 0;
        foreach (var (match, context) in PotentialEndContexts(text))
        {
            if (!ContainsSentenceBreak(context))
                continue;
            slices.Add((lastBreak, match.Index + match.Length));
            var next = match.Groups["next_tok"];
            lastBreak = next.Success ? next.Index : match.Index + match.Length;
        }
        slices.Add((lastBreak, text.TrimEnd(PythonTextWhitespace).Length));
        return slices;
    }

    // Python's rstrip() strips Unicode whitespace; the characters below are those of str.isspace.
    private static readonly char[] PythonTextWhitespace =
        [.. Enumerable.Range(0, 0x3001).Select(i => (char)i).Where(PythonText.IsSpace)];

    private static IEnumerable<(Match Match, string Context)> PotentialEndContexts(string text)
    {
        var previousStart = 0;
        var previousStop = 0;
        Match? previousMatch = null;
        foreach (Match match in PeriodContext().Matches(text))
        {
            var beforeText = text[previousStop..match.Index];
            var lastSpace = LastAsciiWhitespaceIndex(beforeText);
            var wordStart = lastSpace != 0 ? lastSpace + previousStop + 1 : previousStart;
            if (previousMatch is not null && previousStop <= wordStart)
                yield return (previousMatch, Context(text, previousStart, previousStop, previousMatch));
            previousMatch = match;
            previousStart = wordStart;
            previousStop = match.Index;
        }
        if (previousMatch is not null)
            yield return (previousMatch, Context(text, previousStart, previousStop, previousMatch));
    }

    private static string Context(string text, int start, int stop, Match match) =>
        text[start..stop] + match.Value + match.Groups["after_tok"].Value;

    // nltk looks for string.whitespace (ASCII only) and treats "found at 0" like "not found".
    private static int LastAsciiWhitespaceIndex(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] is ' ' or '\t' or '\n' or '\r' or '\x0b' or '\x0c')
                return i;
        }
        return 0;
    }

    private static List<(int Start, int End)> Realign(string text, List<(int Start, int End)> slices)
    {
        var result = new List<(int, int)>();
        var realign = 0;
        for (var i = 0; i < slices.Count; i++)
        {
            var start = slices[i].Start + realign;
            var end = slices[i].End;
            if (i + 1 == slices.Count)
            {
                if (end > start)
                    result.Add((start, end));
                continue;
            }
            var next = slices[i + 1];
            var nextText = next.End > next.Start ? text[next.Start..next.End] : "";
            var m = BoundaryRealignment().Match(nextText);
            if (m.Success)
            {
                result.Add((start, next.Start + m.Value.TrimEnd(PythonTextWhitespace).Length));
                realign = m.Length;
            }
            else
            {
                realign = 0;
                if (end > start)
                    result.Add((start, end));
            }
        }
        return result;
    }

    private static bool ContainsSentenceBreak(string context)
    {
        var found = false;
        foreach (var token in Annotate(TokenizeWords(context)))
        {
            if (found)
                return true;
            if (token.SentenceBreak)
                found = true;
        }
        return false;
    }

    /// <summary>Punkt's word tokenisation: per line, splitting off punctuation other than periods.</summary>
    internal static List<PunktToken> TokenizeWords(string text)
    {
        var tokens = new List<PunktToken>();
        foreach (var line in text.Split('\n'))
        {
            if (PythonText.Strip(line).Length == 0)
                continue;
            foreach (Match m in WordToken().Matches(line))
                tokens.Add(new PunktToken(m.Value));
        }
        return tokens;
    }

    private static List<PunktToken> Annotate(List<PunktToken> tokens)
    {
        foreach (var token in tokens)
            FirstPass(token);
        for (var i = 0; i < tokens.Count; i++)
            SecondPass(tokens[i], i + 1 < tokens.Count ? tokens[i + 1] : null);
        return tokens;
    }

    private static void FirstPass(PunktToken token)
    {
        var tok = token.Text;
        if (tok is "." or "?" or "!")
        {
            token.SentenceBreak = true;
        }
        else if (token.IsEllipsis)
        {
            token.Ellipsis = true;
        }
        else if (token.PeriodFinal && !tok.EndsWith("..", StringComparison.Ordinal))
        {
            var stem = PythonText.Lower(tok[..^1]);
            if (PunktEnglishParameters.AbbreviationTypes.Contains(stem)
                || PunktEnglishParameters.AbbreviationTypes.Contains(stem.Split('-')[^1]))
                token.Abbreviation = true;
            else
                token.SentenceBreak = true;
        }
    }

    private static void SecondPass(PunktToken token, PunktToken? next)
    {
        if (next is null || !token.PeriodFinal)
            return;
        var type = token.TypeNoPeriod;
        var nextType = next.TypeNoSentencePeriod;
        var isInitial = token.IsInitial;

        if (PunktEnglishParameters.Collocations.Contains((type, nextType)))
        {
            token.SentenceBreak = false;
            token.Abbreviation = true;
            return;
        }

        if ((token.Abbreviation || token.Ellipsis) && !isInitial)
        {
            var starter = OrthographicHeuristic(next);
            if (starter == true)
            {
                token.SentenceBreak = true;
                return;
            }
            if (next.FirstUpper && PunktEnglishParameters.SentenceStarters.Contains(nextType))
            {
                token.SentenceBreak = true;
                return;
            }
        }

        if (isInitial || type == PunktToken.NumberType)
        {
            var starter = OrthographicHeuristic(next);
            if (starter == false)
            {
                token.SentenceBreak = false;
                token.Abbreviation = true;
                return;
            }
            if (starter is null && isInitial && next.FirstUpper
                && (PunktEnglishParameters.OrthographicContext(nextType) & PunktEnglishParameters.Lower) == 0)
            {
                token.SentenceBreak = false;
                token.Abbreviation = true;
            }
        }
    }

    /// <summary>True: starts a sentence; false: does not; null: unknown.</summary>
    private static bool? OrthographicHeuristic(PunktToken token)
    {
        if (Punctuation.Contains(token.Text))
            return false;
        var context = PunktEnglishParameters.OrthographicContext(token.TypeNoSentencePeriod);
        if (token.FirstUpper && (context & PunktEnglishParameters.Lower) != 0 && (context & PunktEnglishParameters.MidUpper) == 0)
            return true;
        if (token.FirstLower && ((context & PunktEnglishParameters.Upper) != 0 || (context & PunktEnglishParameters.BeginLower) == 0))
            return false;
        return null;
    }

    [GeneratedRegex(MultiChar + "|(?=" + WordStart + @")\S+?(?=\s|$|" + NonWord + "|" + MultiChar + @"|,(?=$|\s|" + NonWord + "|" + MultiChar + @"))|\S", RegexOptions.CultureInvariant)]
    private static partial Regex WordToken();

    [GeneratedRegex(@"[.?!](?=(?<after_tok>" + NonWord + @"|\s+(?<next_tok>\S+)))", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodContext();

    [GeneratedRegex(@"\A[""')\]}]+?(?:\s+|(?=--)|$)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex BoundaryRealignment();
}
