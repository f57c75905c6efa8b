using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

/// <summary>A benchmark both models have, on 0–100: difference a − b and, for measured evals, its 95 % interval.</summary>
public sealed record SharedBenchmarkDto(
    [property: JsonPropertyName("benchmark")] string Benchmark,
    [property: JsonPropertyName("measured")] bool Measured,
    [property: JsonPropertyName("a")] double A,
    [property: JsonPropertyName("a_source")] string ASource,
    [property: JsonPropertyName("b")] double B,
    [property: JsonPropertyName("b_source")] string BSource,
    [property: JsonPropertyName("difference")] double Difference,
    [property: JsonPropertyName("difference_ci95")] double[]? DifferenceCi95);
