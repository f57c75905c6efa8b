using System.Text.Json.Serialization;

namespace Yardstick.Core.Evals;

/// <summary>One eval in an index and its weight (weights of a definition sum to 1).</summary>
public sealed record IndexComponent
{
    [JsonPropertyName("eval")] public required string Eval { get; init; }
    [JsonPropertyName("weight")] public required double Weight { get; init; }
    /// <summary>The category the eval belongs to, when the definition has categories.</summary>
    [JsonPropertyName("category")] public string? Category { get; init; }
    /// <summary>Why the eval is in the index, for the methodology page.</summary>
    [JsonPropertyName("measures")] public string? Measures { get; init; }
}
