namespace Yardstick.Measure.Recording;

/// <summary>Who a sample belongs to and what was asked: copied into the <see cref="Core.Runs.SampleRecord"/> as is.</summary>
public sealed record RecordingContext
{
    public required string RunId { get; init; }
    public required string PromptId { get; init; }
    public int Sequence { get; init; }
    public int Epoch { get; init; }
    public double? Load { get; init; }
    /// <summary>Stored only when wanted: a 100k-token prompt per sample would bloat the database; the hash always is.</summary>
    public string? PromptText { get; init; }
    public string? PromptSha256 { get; init; }
    public int? InputTokensNormalised { get; init; }
    /// <summary>Marks a warm-up request in its details (its negative <see cref="Sequence"/> is what excludes it from figures).</summary>
    public bool Warmup { get; init; }
    /// <summary>Open loop: seconds from the request's scheduled arrival to its issue (coordinated omission made visible).</summary>
    public double? ScheduleLagSeconds { get; init; }
    /// <summary>Seconds the request waited for a free concurrency slot before it could be issued.</summary>
    public double? QueueWaitSeconds { get; init; }
    /// <summary>Keep the answer and reasoning text in the sample (perf runs may turn it off to save space).</summary>
    public bool StoreText { get; init; } = true;
    /// <summary>What identifies the request within its workload (session, turn, arm, trace line…), copied into the sample's details.</summary>
    public System.Text.Json.Nodes.JsonObject? WorkloadDetails { get; init; }
}
