namespace Yardstick.Core.Statistics;

/// <summary>p5/p25/p50/p75/p95/p99, mean and count of a set of per-request figures.</summary>
public sealed record DistributionSummary(double P5, double P25, double P50, double P75, double P95, double P99, double Mean, int N)
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
