namespace Yardstick.Evals.IfEval.Text;

/// <summary><c>nltk.word_tokenize</c>: Punkt sentences, each split by the Treebank tokenizer.</summary>
internal static class WordTokenizer
{
    public static IReadOnlyList<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        foreach (var (start, end) in PunktSentenceTokenizer.Spans(text))
            tokens.AddRange(TreebankWordTokenizer.Tokenize(text[start..end]));
        return tokens;
    }
}
