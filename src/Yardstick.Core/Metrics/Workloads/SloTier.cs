using System.Text.Json.Serialization;

namespace Yardstick.Core.Metrics.Workloads;

/// <summary>
/// A service level a load must keep to count: p95 TTFT and p95 inter-token latency (pooled gaps, as in
/// <see cref="PerfSummary.InterTokenLatencySeconds"/>) at most these, and at most this share of requests failed.
/// </summary>
public sealed record SloTier(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("p95_ttft_s")] double P95TtftSeconds,
    [property: JsonPropertyName("p95_itl_s")] double P95InterTokenSeconds,
    [property: JsonPropertyName("max_failed_share")] double MaxFailedShare)
{
    /// <summary>A person waiting on an agent: first token within 2 s, tokens at least 10 a second, 1 % failures.</summary>
    public static SloTier Interactive { get; } = new("interactive", 2, 0.1, 0.01);

    /// <summary>Agents nobody watches: first token within 10 s, tokens at least 4 a second, 1 % failures.</summary>
    public static SloTier Batch { get; } = new("batch", 10, 0.25, 0.01);

    public static IReadOnlyList<SloTier> Standard { get; } = [Interactive, Batch];

    /// <summary>True when a load's figures keep this tier; a load with no successful request keeps none.</summary>
    public bool IsMetBy(double p95TtftSeconds, double p95InterTokenSeconds, int requests, int failed) =>
        requests > failed && p95TtftSeconds <= P95TtftSeconds && !(p95InterTokenSeconds > P95InterTokenSeconds)
        && (double)failed / requests <= MaxFailedShare;
}
