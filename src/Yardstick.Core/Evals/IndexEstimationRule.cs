using System.Text.Json.Serialization;

namespace Yardstick.Core.Evals;

/// <summary>
/// When a model that lacks some evals may still get an index, flagged "estimated": at most
/// <see cref="MaxMissingEvals"/> evals missing, together weighing at most <see cref="MaxMissingWeight"/>; the estimate
/// is the weighted mean of the evals present with their weights renormalised.
/// </summary>
public sealed record IndexEstimationRule
{
    [JsonPropertyName("allowed")] public bool Allowed { get; init; }
    [JsonPropertyName("max_missing_evals")] public int MaxMissingEvals { get; init; }
    [JsonPropertyName("max_missing_weight")] public double MaxMissingWeight { get; init; }
    /// <summary>
    /// True: a missing eval's weight goes to the evals present in its own category, so every category keeps its share
    /// (a category left with no eval gives no index). False: all present weights are rescaled to sum to 1.
    /// </summary>
    [JsonPropertyName("within_category")] public bool WithinCategory { get; init; }
    /// <summary>The rule in words, shown next to an estimated index.</summary>
    [JsonPropertyName("rule")] public string? Rule { get; init; }
}
