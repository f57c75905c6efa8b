using System.Text.Json.Serialization;

namespace Yardstick.Core.Statistics;

/// <summary>p5/p25/p50/p75/p95/p99, mean and count of a set of per-request figures; JSON names are the CLI contract's.</summary>
public sealed record DistributionSummary(
    [property: JsonPropertyName("p5")] double P5,
    [property: JsonPropertyName("p25")] double P25,
    [property: JsonPropertyName("p50")] double P50,
    [property: JsonPropertyName("p75")] double P75,
    [property: JsonPropertyName("p95")] double P95,
    [property: JsonPropertyName("p99")] double P99,
    [property: JsonPropertyName("mean")] double Mean,
    [property: JsonPropertyName("n")] int N)
{
    public static DistributionSummary Empty { get; } = new(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0);

    public static DistributionSummary Of(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0)
            return Empty;
        return new DistributionSummary(
            Percentiles.OfSorted(sorted, 5), Percentiles.OfSorted(sorted, 25), Percentiles.OfSorted(sorted, 50),
            Percentiles.OfSorted(sorted, 75), Percentiles.OfSorted(sorted, 95), Percentiles.OfSorted(sorted, 99),
            sorted.Average(), sorted.Length);
    }
}
