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
