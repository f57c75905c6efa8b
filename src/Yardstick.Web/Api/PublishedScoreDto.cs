using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

/// <summary>A benchmark score the model's creator published, with where it was published.</summary>
public sealed record PublishedScoreDto(
    [property: JsonPropertyName("benchmark")] string Benchmark,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("source")] string Source);
