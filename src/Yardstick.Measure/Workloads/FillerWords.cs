using Microsoft.ML.Tokenizers;

namespace Yardstick.Measure.Workloads;

/// <summary>
/// Common English words that are each exactly one token when preceded by a space, checked against the tokenizer at
/// start-up (so a list entry that is not a single token is dropped, never miscounted). Text made of <c>" word"</c> pieces
/// has as many tokens as pieces, which lets a prompt be built to an exact length.
/// </summary>
internal static class FillerWords
{
    private static readonly string[] Candidates =
    [
        "time", "person", "year", "way", "day", "thing", "man", "world", "life", "hand", "part", "child", "eye", "woman",
        "place", "work", "week", "case", "point", "company", "number", "group", "problem", "fact", "river", "stone",
        "garden", "window", "table", "market", "street", "forest", "mountain", "village", "letter", "music", "paper",
        "water", "light", "money", "story", "school", "family", "friend", "power", "hour", "game", "line", "end",
        "member", "law", "car", "city", "name", "team", "minute", "idea", "kid", "body", "information", "back",
        "parent", "face", "others", "level", "office", "door", "health", "art", "war", "history", "party", "result",
        "change", "morning", "reason", "research", "girl", "guy", "moment", "air", "teacher", "force", "education",
        "foot", "boy", "age", "policy", "process", "house", "service", "area", "country", "book", "word", "side",
        "kind", "head", "question", "field", "road", "bridge", "ship", "horse", "bird", "tree", "flower", "song",
        "dream", "voice", "summer", "winter", "spring", "island", "ocean", "cloud", "rain", "snow", "fire", "glass",
        "silver", "gold", "iron", "bread", "milk", "coffee", "train", "plane", "engine", "machine", "system", "model",
        "value", "energy", "signal", "network", "signal", "picture", "camera", "doctor", "lawyer", "farmer", "king",
        "queen", "castle", "tower", "wall", "floor", "roof", "chair", "bed", "kitchen", "lamp", "clock", "map",
        "quiet", "bright", "small", "large", "green", "blue", "red", "old", "new", "young", "early", "late", "simple",
        "strong", "gentle", "careful", "happy", "sudden", "distant", "open", "warm", "cold", "heavy", "slow", "fast",
        "walks", "runs", "reads", "writes", "builds", "finds", "keeps", "takes", "gives", "brings", "holds", "turns",
    ];

    public static IReadOnlyList<string> SingleTokenPieces(Tokenizer tokenizer)
    {
        var pieces = Candidates.Distinct(StringComparer.Ordinal).Select(w => " " + w)
            .Where(piece => tokenizer.CountTokens(piece) == 1).ToArray();
        if (pieces.Length < 50)
            throw new InvalidOperationException($"Only {pieces.Length} filler words are single tokens for this tokenizer; prompts would repeat too much.");
        return pieces;
    }
}
