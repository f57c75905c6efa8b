using Microsoft.ML.Tokenizers;

namespace Yardstick.Measure.Recording;

/// <summary>
/// Counts the normalised tokens of a streamed text once, as a whole (so that chunk boundaries never change the total),
/// and gives each token to the event in which its first character arrived. The per-event counts therefore sum to the
/// count of the whole text.
/// </summary>
internal static class TokenAttribution
{
    /// <summary>Tokens per piece, where <paramref name="pieces"/> are the text's consecutive parts in arrival order.</summary>
    public static int[] PerPiece(Tokenizer tokenizer, IReadOnlyList<string> pieces)
    {
        var counts = new int[pieces.Count];
        var text = string.Concat(pieces);
        if (text.Length == 0)
            return counts;
        var starts = new int[pieces.Count];
        for (int i = 0, position = 0; i < pieces.Count; position += pieces[i].Length, i++)
            starts[i] = position;
        var tokens = tokenizer.EncodeToTokens(text, out _);
        var piece = 0;
        foreach (var token in tokens)
        {
            var start = token.Offset.Start.GetOffset(text.Length);
            while (piece + 1 < pieces.Count && starts[piece + 1] <= start)
                piece++;
            counts[piece]++;
        }
        return counts;
    }
}
