namespace Yardstick.Local.Tiny;

/// <summary>
/// The SentencePiece-style vocabulary of the tiny model: <c>&lt;unk&gt;</c>, <c>&lt;s&gt;</c>, <c>&lt;/s&gt;</c>, the ChatML
/// markers, think tags, the 256 byte-fallback tokens <c>&lt;0x00&gt;</c>…<c>&lt;0xFF&gt;</c>, printable ASCII characters and
/// every prefix of a fixed list of common words (SPM merges pairs, so each step of a word must itself be a piece).
/// </summary>
internal static class TinyVocabulary
{
    public const int UnknownId = 0;
    public const int BeginId = 1;
    public const int EndId = 2;

    // llama.cpp token types (llama_token_type): what the tokenizer and detokenizer do with each piece.
    private const int Normal = 1;
    private const int Unknown = 2;
    private const int Control = 3;
    private const int UserDefined = 4;
    private const int Byte = 6;

    private const char SpaceMarker = '\u2581';

    private static readonly string[] Words =
    [
        "the", "of", "and", "to", "in", "is", "that", "for", "it", "as", "was", "with", "be", "by", "on", "not", "he",
        "this", "are", "or", "his", "from", "at", "which", "but", "have", "an", "had", "they", "you", "were", "their", "one",
        "all", "we", "can", "her", "has", "there", "been", "if", "more", "when", "will", "would", "who", "so", "no", "what",
        "answer", "question", "model", "token", "speed", "number", "first", "time", "think", "because", "yes", "hello",
        "world", "data", "test", "measure", "result", "value", "people", "some", "about", "into", "than", "other", "then",
    ];

    public static (IReadOnlyList<string> Tokens, IReadOnlyList<float> Scores, IReadOnlyList<int> Types) Build()
    {
        var tokens = new List<string>();
        var scores = new List<float>();
        var types = new List<int>();
        void Add(string piece, float score, int type)
        {
            tokens.Add(piece);
            scores.Add(score);
            types.Add(type);
        }

        Add("<unk>", 0, Unknown);
        Add("<s>", 0, Control);
        Add("</s>", 0, Control);
        Add("<|im_start|>", 0, Control);
        Add("<|im_end|>", 0, Control);
        Add("<think>", 0, UserDefined);
        Add("</think>", 0, UserDefined);
        for (var b = 0; b < 256; b++)
            Add($"<0x{b:X2}>", 0, Byte);

        var pieces = new List<string> { SpaceMarker.ToString() };
        for (var c = '!'; c <= '~'; c++)
            pieces.Add(c.ToString());
        foreach (var word in Words)
            for (var length = 1; length <= word.Length; length++)
            {
                var piece = SpaceMarker + word[..length];
                if (!pieces.Contains(piece))
                    pieces.Add(piece);
            }
        // Scores rank merges: earlier pieces are preferred, like the log-probabilities of a trained SPM model.
        for (var i = 0; i < pieces.Count; i++)
            Add(pieces[i], -i, Normal);
        return (tokens, scores, types);
    }
}
