namespace Yardstick.Storage.Entities;

/// <summary>
/// A run's precomputed figures (see Core.Runs.RunFigures), one row per run, written when the run completes (or on first
/// read for runs stored before): what pages need per run without reading its samples.
/// </summary>
public sealed class RunSummaryEntity
{
    public required string RunId { get; set; }
    public DateTimeOffset ComputedUtc { get; set; }
    public int Samples { get; set; }
    public int FailedSamples { get; set; }
    public double? TtftP50Seconds { get; set; }
    public double? TtftP99Seconds { get; set; }
    public double? OutputTokensPerSecondP50 { get; set; }
    public double? E2eLatencyP50Seconds { get; set; }
    public int SucceededRequests { get; set; }
    public double? Load { get; set; }
    public int ThroughputRequests { get; set; }
    public long InputTokens { get; set; }
    public long OutputTokens { get; set; }
    public double WindowSeconds { get; set; }
    public double PrefillSeconds { get; set; }
}
