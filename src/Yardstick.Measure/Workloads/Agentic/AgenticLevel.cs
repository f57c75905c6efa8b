using System.Text.Json.Serialization;
using Yardstick.Core.Statistics;

namespace Yardstick.Measure.Workloads.Agentic;

/// <summary>One load of an agentic run: its concurrent sessions, requests, TTFT, pooled inter-token gaps, E2E, the largest context sent, and the tiers it kept.</summary>
public sealed record AgenticLevel(
    [property: JsonPropertyName("sessions")] int Sessions,
    [property: JsonPropertyName("requests")] int Requests,
    [property: JsonPropertyName("failed")] int Failed,
    [property: JsonPropertyName("ttft_s")] DistributionSummary TtftSeconds,
    [property: JsonPropertyName("inter_token_latency_s")] DistributionSummary InterTokenLatencySeconds,
    [property: JsonPropertyName("e2e_latency_s")] DistributionSummary E2eLatencySeconds,
    [property: JsonPropertyName("context_tokens_max")] int ContextTokensMax,
    [property: JsonPropertyName("tiers_met")] IReadOnlyList<string> TiersMet);
