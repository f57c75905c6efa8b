using System.Text.Json.Serialization;

namespace Yardstick.Core.Evals;

/// <summary>
/// A model's index under one definition. <see cref="Value"/> is null when evals are missing and the definition does
/// not allow an estimate; <see cref="Estimated"/> flags a value computed with missing evals under the estimation rule.
/// </summary>
public sealed record IndexResult
{
    [JsonPropertyName("index")] public required string Index { get; init; }
    [JsonPropertyName("version")] public required string Version { get; init; }
    /// <summary>0–100, or null when no index can be given.</summary>
    [JsonPropertyName("value")] public double? Value { get; init; }
    [JsonPropertyName("ci95")] public double[]? Ci95 { get; init; }
    [JsonPropertyName("estimated")] public bool Estimated { get; init; }
    [JsonPropertyName("missing")] public required IReadOnlyList<string> Missing { get; init; }
    /// <summary>Why there is no value, or why it is estimated.</summary>
    [JsonPropertyName("note")] public string? Note { get; init; }
    /// <summary>True when every component ran its whole dataset (no <c>--limit</c>).</summary>
    [JsonPropertyName("complete")] public bool Complete { get; init; }
    [JsonPropertyName("components")] public required IReadOnlyList<IndexComponentResult> Components { get; init; }
    /// <summary>Verbosity: output tokens (reasoning included) of one full index run, one epoch; projected from partial runs when <see cref="Complete"/> is false.</summary>
    [JsonPropertyName("verbosity_output_tokens")] public long? VerbosityOutputTokens { get; init; }
    /// <summary>Cost to run the index once (one epoch, whole datasets); null when a price is unavailable.</summary>
    [JsonPropertyName("cost_to_run_usd")] public decimal? CostToRunUsd { get; init; }
    /// <summary>
    /// Where the prices behind <see cref="CostToRunUsd"/> came from, one per component's run (<c>measured:&lt;perf run&gt;</c>
    /// for a measured self-hosting cost); empty when there is no cost.
    /// </summary>
    [JsonPropertyName("cost_sources")] public IReadOnlyList<string> CostSources { get; init; } = [];
}
