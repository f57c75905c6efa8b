using System.Text.Json.Serialization;

namespace Yardstick.Core.Evals;

/// <summary>A group of an index's evals with a fixed share of the weight (v2: four categories at 25 % each).</summary>
public sealed record IndexCategory
{
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("weight")] public required double Weight { get; init; }
}
