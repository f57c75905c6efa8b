using System.Text.Json.Serialization;

namespace Yardstick.Core.Evals;

/// <summary>One component of a computed index: the eval's weight and the score (0–1) and run it came from, or null when missing.</summary>
public sealed record IndexComponentResult
{
    [JsonPropertyName("eval")] public required string Eval { get; init; }
    [JsonPropertyName("weight")] public required double Weight { get; init; }
    [JsonPropertyName("score")] public double? Score { get; init; }
    [JsonPropertyName("run_id")] public string? RunId { get; init; }
    [JsonPropertyName("questions")] public int? Questions { get; init; }
    [JsonPropertyName("dataset_items")] public int? DatasetItems { get; init; }
}
