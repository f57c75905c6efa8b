using System.Text.Json.Serialization;
using Yardstick.Core.Statistics;

namespace Yardstick.Core.Metrics.Workloads;

/// <summary>
/// Seconds from each request's scheduled time (a trace's timestamp ÷ its speed) to its actual send: p50, p95 and max
/// over n requests, and whether the client fell behind (p95 above a stated bound).
/// </summary>
public sealed record ReplayLag(
    [property: JsonPropertyName("p50")] double P50,
    [property: JsonPropertyName("p95")] double P95,
    [property: JsonPropertyName("max")] double Max,
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("behind_bound_s")] double BehindBoundSeconds)
{
    /// <summary>True when the p95 lag exceeds the bound: the schedule was not kept and the load was lighter than the trace's.</summary>
    [JsonPropertyName("behind")]
    public bool Behind => P95 > BehindBoundSeconds;

    public static ReplayLag Of(IEnumerable<double> lagSeconds, double behindBoundSeconds)
    {
        ArgumentNullException.ThrowIfNull(lagSeconds);
        var sorted = lagSeconds.Where(double.IsFinite).Order().ToArray();
        return new ReplayLag(Percentiles.OfSorted(sorted, 50), Percentiles.OfSorted(sorted, 95), sorted.Length > 0 ? sorted[^1] : double.NaN, sorted.Length,
            behindBoundSeconds);
    }
}
