namespace Yardstick.Local.Inference;

/// <summary>How an in-process GGUF model is loaded and served.</summary>
public sealed record LocalModelOptions
{
    /// <summary>Context window per sequence; default: the model's trained length capped at <see cref="DefaultMaxContextTokens"/>.</summary>
    public int? ContextTokens { get; init; }

    /// <summary>
    /// Sequences generated at once; further requests wait for a free one. Each holds its own context and KV cache.
    /// LLamaSharp serialises decodes behind one process-wide lock, so parallel sequences take turns token by token:
    /// more sequences raise concurrency, not total tokens per second.
    /// </summary>
    public int MaxParallelSequences { get; init; } = 2;

    /// <summary>CPU threads per decode; default: all cores.</summary>
    public int? Threads { get; init; }

    /// <summary>Prompt tokens decoded per batch.</summary>
    public int BatchTokens { get; init; } = 512;

    /// <summary>The id reported by the server's <c>/v1/models</c> and in <c>model</c> fields; default: the file name without extension.</summary>
    public string? ModelId { get; init; }

    /// <summary>A real model's trained context (often 128k) would make every sequence's KV cache huge; this caps the default.</summary>
    public const int DefaultMaxContextTokens = 4096;

    public static LocalModelOptions Default { get; } = new();

    internal void Validate()
    {
        if (ContextTokens is < 16)
            throw new ArgumentOutOfRangeException(nameof(ContextTokens), ContextTokens, "The context window must be at least 16 tokens.");
        if (MaxParallelSequences < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxParallelSequences), MaxParallelSequences, "At least one sequence is needed.");
        if (Threads is < 1)
            throw new ArgumentOutOfRangeException(nameof(Threads), Threads, "At least one thread is needed.");
        if (BatchTokens < 1)
            throw new ArgumentOutOfRangeException(nameof(BatchTokens), BatchTokens, "The batch must hold at least one token.");
    }
}
