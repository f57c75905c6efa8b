namespace Yardstick.Evals.IfEval.Text;

/// <summary>
/// The parameters of nltk's pre-trained English Punkt model (trained on WSJ text) that the IFEval
/// sentence counter uses: abbreviations, collocations and frequent sentence starters are copied
/// from the model. Its orthographic-context table (tens of thousands of word types) is not
/// shipped; <see cref="OrthographicContext"/> approximates it with a list of common English words
/// that the model has seen in lower case and never capitalised mid-sentence.
/// </summary>
internal static class PunktEnglishParameters
{
    public const int BeginUpper = 1 << 1;
    public const int MidUpper = 1 << 2;
    public const int UnknownUpper = 1 << 3;
    public const int BeginLower = 1 << 4;
    public const int MidLower = 1 << 5;
    public const int UnknownLower = 1 << 6;
    public const int Upper = BeginUpper + MidUpper + UnknownUpper;
    public const int Lower = BeginLower + MidLower + UnknownLower;

    public static readonly HashSet<string> AbbreviationTypes = new(StringComparer.Ordinal)
    {
        "prof", "r.i", "g.k", "r.t", "tenn", "j.r", "chg", "s.c", "ph.d", "n.m", "messrs", "pa", "c.v", "inc",
        "r.a", "t", "r", "ct", "reps", "s.g", "t.j", "w.va", "a.c", "a.m", "s.a.y", "va", "ms", "d.c", "ltd",
        "a.s", "ft", "a.a", "jan", "w.r", "cos", "r.k", "mich", "u.n", "c", "d.h", "ill", "d.w", "h.c", "kan",
        "jr", "col", "corp", "p.m", "l.f", "rep", "dr", "fla", "sept", "u.s.a", "h.m", "r.h", "feb", "nov", "w",
        "ok", "sep", "g", "j.j", "i.m.s", "a.d", "j.c", "ave", "bros", "oct", "minn", "a.m.e", "n.y", "ky", "l",
        "u.k", "ariz", "n.d", "b.f", "sw", "l.a", "m.b.a", "yr", "calif", "h.f", "e.f", "j.p", "e.m", "p.a.m",
        "v", "st", "e.l", "a.g", "u.s", "l.p", "g.d", "wed", "ga", "adm", "ala", "colo", "tues", "okla", "f",
        "n", "cie", "b.v", "co", "f.j", "k", "e", "h", "n.h", "e.h", "s.s", ". . ", "u.s.s.r", "c.i.t", "conn",
        "f.g", "p", "fri", "s.p.a", "a.h", "s.a", "dec", "s", "d", "n.j", "sr", "m.j", "g.f", "maj", "n.v", "lt",
        "ore", "wis", "m", "mr", "wash", "aug", "c.o.m.b", "nev", "mg", "vt", "sen", "j.k", "a.t", "mrs", "n.c",
        "j.b", "vs", "r.j", "w.c", "m.d.c", "w.w", "gen",
    };

    public static readonly HashSet<(string, string)> Collocations =
    [
        ("##number##", "international"), ("i", "toussie"), ("b", "smith"), ("##number##", "genentech"),
        ("b", "stewart"), ("##number##", "pay-fone"), ("##number##", "henley"), ("##number##", "insider"),
        ("##number##", "wedgestone"), ("j", "aron"), ("##number##", "financing"), ("##number##", "review"),
        ("##number##", "cbot"), ("##number##", "zimmer"), ("b", "levine"), ("##number##", "aes"),
        ("##number##", "cooper"), ("##number##", "colgate"), ("##number##", "pegasus"), ("##number##", "pepper"),
        ("j", "walter"), ("##number##", "corrections"), ("##number##", "rj"), ("##number##", "dividend"),
        ("##number##", "notable"), ("##number##", "who"), ("b", "wigton"), ("##number##", "commodities"),
        ("i", "magnin"), ("##number##", "leisure"), ("o", "ludcke"), ("##number##", "abreast"),
        ("##number##", "credit"), ("##number##", "letters"), ("b", "edelman"), ("##number##", "business"),
        ("j", "fialka"),
    ];

    public static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "although", "but", "separately", "yet", "so", "indeed", "many", "both", "even", "nor", "meanwhile", "the",
        "most", "in", "these", "among", "nonetheless", "nevertheless", "sales", "under", "he", "some", "this",
        "they", "there", "while", "i", "since", "despite", "according", "thus", "instead", "if", "though",
        "moreover", "similarly", "however", "when", "it",
    };

    // Frequent English words that a WSJ-trained model has seen in lower case and not capitalised
    // mid-sentence; a capitalised one after an abbreviation therefore starts a sentence.
    private static readonly HashSet<string> CommonLowercaseWords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "an", "and", "another", "any", "are",
        "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
        "could", "did", "do", "does", "doing", "down", "during", "each", "even", "every", "few", "first", "for",
        "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how",
        "if", "in", "into", "is", "it", "its", "just", "last", "let", "many", "may", "me", "might", "more",
        "most", "much", "must", "my", "new", "next", "no", "nor", "not", "now", "of", "off", "on", "once",
        "one", "only", "or", "other", "our", "out", "over", "own", "same", "she", "should", "since", "so",
        "some", "still", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
        "this", "those", "though", "through", "thus", "to", "too", "two", "under", "until", "up", "very",
        "was", "we", "well", "were", "what", "when", "where", "whether", "which", "while", "who", "whom",
        "why", "will", "with", "would", "yet", "you", "your", "yours", "however", "although", "because",
        "finally", "first", "second", "third", "today", "overall", "additionally", "furthermore", "moreover",
        "meanwhile", "instead", "indeed", "according", "despite", "among", "similarly", "nevertheless",
        "nonetheless", "separately", "sales", "make", "take", "use", "try", "remember", "note", "always",
        "never", "please", "thank", "thanks", "yes", "there's", "it's", "that's", "i'm", "let's",
    };

    /// <summary>Approximate orthographic context flags for a word type (see class remarks).</summary>
    public static int OrthographicContext(string type) =>
        CommonLowercaseWords.Contains(type) || SentenceStarters.Contains(type)
            ? (type == "i" ? MidUpper : MidLower | BeginUpper)
            : 0;
}
