using System.Text.Json.Serialization;
using Yardstick.Core.Statistics;

namespace Yardstick.Measure.Workloads.Agentic;

/// <summary>One turn of the agent sessions, over every load: mean context sent, TTFT and E2E.</summary>
public sealed record AgenticTurnFigures(
    [property: JsonPropertyName("turn")] int Turn,
    [property: JsonPropertyName("context_tokens_mean")] double ContextTokensMean,
    [property: JsonPropertyName("ttft_s")] DistributionSummary TtftSeconds,
    [property: JsonPropertyName("e2e_latency_s")] DistributionSummary E2eLatencySeconds);
