using System.Text.Json.Serialization;
using Yardstick.Core.Statistics;

namespace Yardstick.Core.Metrics;

/// <summary>
/// A perf run's figures, exactly the `yardstick perf --json` contract. Each distribution is over successful requests;
/// failures are counted in <see cref="Requests"/>, never dropped. Recomputable from the run's samples.
/// </summary>
public sealed record PerfSummary
{
    [JsonPropertyName("run_id")] public string? RunId { get; init; }
    [JsonPropertyName("requests")] public required RequestCounts Requests { get; init; }
    /// <summary>End-to-end seconds for a 500-token answer: TTFT + thinking time + 500 / output speed (medians).</summary>
    [JsonPropertyName("e2e_500_s")] public double? E2e500Seconds { get; init; }
    [JsonPropertyName("ttft_s")] public required DistributionSummary TtftSeconds { get; init; }
    [JsonPropertyName("first_answer_token_s")] public required DistributionSummary FirstAnswerTokenSeconds { get; init; }
    [JsonPropertyName("output_tokens_per_s")] public required DistributionSummary OutputTokensPerSecond { get; init; }
    [JsonPropertyName("output_tokens_per_s_native")] public required DistributionSummary OutputTokensPerSecondNative { get; init; }
    [JsonPropertyName("inter_token_latency_s")] public required DistributionSummary InterTokenLatencySeconds { get; init; }
    [JsonPropertyName("e2e_latency_s")] public required DistributionSummary E2eLatencySeconds { get; init; }
    [JsonPropertyName("reasoning_tokens")] public required DistributionSummary ReasoningTokens { get; init; }
    [JsonPropertyName("output_tokens")] public required DistributionSummary OutputTokens { get; init; }
    /// <summary>Warnings about the figures' own trustworthiness (too few tokens, high error rate, bimodal TTFT…).</summary>
    [JsonPropertyName("warnings")] public IReadOnlyList<string> Warnings { get; init; } = [];
    /// <summary>Per-user vs system output throughput (absent in summaries stored before it existed).</summary>
    [JsonPropertyName("throughput")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ThroughputSummary? Throughput { get; init; }
    /// <summary>Client-side waits before each request reached the server: queue, schedule lag, send lag.</summary>
    [JsonPropertyName("client_lag")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ClientLagSummary? ClientLag { get; init; }
    /// <summary>Requests that met the run's SLOs, when SLOs were set (load runs).</summary>
    [JsonPropertyName("goodput")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public GoodputSummary? Goodput { get; init; }
}
