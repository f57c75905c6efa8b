using System.Text.Json.Serialization;
using Yardstick.Core.Statistics;

namespace Yardstick.Measure.Workloads.MultiTurn;

/// <summary>One turn across sessions: its mean input length, TTFT of the conversation and of its fresh twin, and E2E.</summary>
public sealed record MultiTurnTurnFigures(
    [property: JsonPropertyName("turn")] int Turn,
    [property: JsonPropertyName("input_tokens_mean")] double InputTokensMean,
    [property: JsonPropertyName("cached_ttft_s")] DistributionSummary CachedTtftSeconds,
    [property: JsonPropertyName("fresh_ttft_s")] DistributionSummary FreshTtftSeconds,
    [property: JsonPropertyName("cached_e2e_s")] DistributionSummary CachedE2eSeconds);
