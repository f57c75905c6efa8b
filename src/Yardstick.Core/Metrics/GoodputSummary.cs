using System.Text.Json.Serialization;

namespace Yardstick.Core.Metrics;

/// <summary>
/// How many requests met the SLOs (failed requests never do), their share of all requests, and good requests per second
/// over the run's window (first request issued to last token received).
/// </summary>
public sealed record GoodputSummary(
    [property: JsonPropertyName("good")] int Good,
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("fraction")] double Fraction,
    [property: JsonPropertyName("good_requests_per_s")] double GoodRequestsPerSecond,
    [property: JsonPropertyName("window_s")] double WindowSeconds,
    [property: JsonPropertyName("slo")] string Slo);
