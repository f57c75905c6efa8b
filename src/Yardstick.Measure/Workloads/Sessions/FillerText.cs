using System.Text;
using Yardstick.Core.Tokens;

namespace Yardstick.Measure.Workloads.Sessions;

/// <summary>
/// Text of an exact normalised (o200k) length made of single-token words (<see cref="FillerWords"/>) drawn from a
/// generator: from a seeded one the same text comes back (a trace block's text from its hash id), from a random one a
/// fresh text that no cache has seen.
/// </summary>
public static class FillerText
{
    private static readonly Lazy<IReadOnlyList<string>> Pieces = new(() => FillerWords.SingleTokenPieces(O200kTokenCounter.Default.Tokenizer));

    public static string Of(int tokens, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tokens);
        ArgumentNullException.ThrowIfNull(random);
        var pieces = Pieces.Value;
        var builder = new StringBuilder(tokens * 7);
        for (var i = 0; i < tokens; i++)
            builder.Append(pieces[random.Next(pieces.Count)]);
        return builder.ToString();
    }

    /// <summary>The normalised token count of <paramref name="text"/>.</summary>
    public static int Count(string text) => O200kTokenCounter.Default.Count(text);
}
