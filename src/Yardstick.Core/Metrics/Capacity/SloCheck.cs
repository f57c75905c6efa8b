using System.Text.Json.Serialization;

namespace Yardstick.Core.Metrics.Capacity;

/// <summary>One objective at one load level: the metric (e.g. <c>ttft_s</c> at the SLO's percentile), its bound, the measured value and whether it held.</summary>
public sealed record SloCheck(
    [property: JsonPropertyName("metric")] string Metric,
    [property: JsonPropertyName("bound")] double Bound,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("met")] bool Met)
{
    /// <summary>Met when <paramref name="value"/> is at most <paramref name="bound"/>; a value that is not a number (nothing measured) is not.</summary>
    public static SloCheck AtMost(string metric, double bound, double value) => new(metric, bound, value, value <= bound);
}
