namespace Yardstick.Testing.Faults;

/// <summary>Sizes of the faults the server injects.</summary>
public sealed record FaultServerOptions
{
    public int StallAfterChunks { get; init; } = 3;

    public int HugeChunkBytes { get; init; } = 1 << 20;

    /// <summary>Sent as <c>Retry-After</c> with 429 and 503.</summary>
    public int RetryAfterSeconds { get; init; } = 1;
}
