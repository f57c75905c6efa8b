using Microsoft.ML.Tokenizers;

namespace Yardstick.Core.Tokens;

/// <summary>The normalising tokenizer: o200k_base (Microsoft.ML.Tokenizers, data embedded, no download).</summary>
public sealed class O200kTokenCounter : ITokenCounter
{
    private static readonly Lazy<Tokenizer> SharedTokenizer = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    public static O200kTokenCounter Default { get; } = new();

    public string Name => "o200k_base";

    public Tokenizer Tokenizer => SharedTokenizer.Value;

    public int Count(string text) => string.IsNullOrEmpty(text) ? 0 : SharedTokenizer.Value.CountTokens(text);
}
