using Yardstick.Local.Gguf;

namespace Yardstick.Local.Tiny;

/// <summary>Shape of a generated random-weight llama model. Every field feeds the file, so equal specs give equal bytes.</summary>
public sealed record TinyModelSpec
{
    public int Seed { get; init; } = 42;
    public int EmbeddingLength { get; init; } = 128;
    public int LayerCount { get; init; } = 4;
    public int HeadCount { get; init; } = 4;
    public int FeedForwardLength { get; init; } = 384;
    public int ContextLengthTokens { get; init; } = 2048;
    public GgmlType TensorType { get; init; } = GgmlType.F32;

    /// <summary>The embedded default: about 5 MB, thousands of tokens per second on two CPU cores.</summary>
    public static TinyModelSpec Default { get; } = new();

    /// <summary>
    /// The second embedded demo model: 256-dim, 6 layers, 8 heads (about 5.4M parameters, 21 MB), several times slower
    /// than <see cref="Default"/>, so that `yardstick up` shows two speeds that differ for real.
    /// </summary>
    public static TinyModelSpec Larger { get; } = new() { EmbeddingLength = 256, LayerCount = 6, HeadCount = 8, FeedForwardLength = 768 };

    public int HeadDimension => EmbeddingLength / HeadCount;

    /// <summary>Throws when the shape is not one llama.cpp can load.</summary>
    public void Validate()
    {
        if (EmbeddingLength < 8 || LayerCount < 1 || HeadCount < 1 || FeedForwardLength < 1 || ContextLengthTokens < 16)
            throw new ArgumentException("Tiny model dimensions must be positive (embedding >= 8, context >= 16).");
        if (EmbeddingLength % HeadCount != 0 || HeadDimension % 2 != 0)
            throw new ArgumentException($"Embedding length {EmbeddingLength} must split into {HeadCount} heads of an even size.");
        if (TensorType is not (GgmlType.F32 or GgmlType.F16))
            throw new ArgumentException($"Tensor type {TensorType} is not supported; use F32 or F16.");
    }
}
