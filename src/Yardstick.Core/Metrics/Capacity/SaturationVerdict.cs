using System.Text.Json.Serialization;
using Yardstick.Core.Statistics;

namespace Yardstick.Core.Metrics.Capacity;

/// <summary>
/// Whether a level's queue grew without bound while it ran (<see cref="SaturationTest"/>): the trend of each request's
/// wait (client-side queue wait + schedule lag + TTFT) against its scheduled start, how much the trend added over the
/// level (<see cref="GrowthSeconds"/> = Theil–Sen slope × the level's span), and the median wait it is compared with.
/// </summary>
public sealed record SaturationVerdict(
    [property: JsonPropertyName("saturated")] bool Saturated,
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("mann_kendall_z")] double Z,
    [property: JsonPropertyName("p_value")] double PValue,
    [property: JsonPropertyName("slope_s_per_s")] double SlopeSecondsPerSecond,
    [property: JsonPropertyName("growth_s")] double GrowthSeconds,
    [property: JsonPropertyName("median_wait_s")] double MedianWaitSeconds)
{
    public static SaturationVerdict NotTested(int n) => new(false, n, 0, 1, double.NaN, double.NaN, double.NaN);

    public static SaturationVerdict From(TrendTest trend, double spanSeconds, double medianWaitSeconds, bool saturated) =>
        new(saturated, trend.N, trend.Z, trend.PValueIncreasing, trend.SenSlope, trend.SenSlope * spanSeconds, medianWaitSeconds);

    public override string ToString() => Saturated
        ? $"the wait for a first token grew by {GrowthSeconds:0.###} s over the level ({SlopeSecondsPerSecond * 1000:0.#} ms per second, Mann–Kendall z = {Z:0.##}, p = {PValue:0.####}, {N} requests): the queue grows without bound"
        : $"no unbounded queue growth (Mann–Kendall p = {PValue:0.####}, {N} requests)";
}
