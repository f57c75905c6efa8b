namespace Yardstick.Core.Statistics;

/// <summary>
/// Paired bootstrap of the mean difference A − B over items (seeded, so a figure recomputed from the same samples is
/// the same): items are resampled with their two values together. The interval is the percentile interval; the
/// two-sided p-value is twice the share of resampled differences on the far side of zero (capped at 1; 1 when every
/// difference is zero).
/// </summary>
public static class PairedBootstrap
{
    public static (ConfidenceInterval Interval, double PValue) OfDifference(
        IReadOnlyList<(double A, double B)> pairs, int resamples = BootstrapInterval.DefaultResamples, int seed = 0, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        if (pairs.Count == 0)
            return (new ConfidenceInterval(double.NaN, double.NaN, double.NaN, level), double.NaN);
        var differences = pairs.Select(p => p.A - p.B).ToArray();
        var estimate = differences.Average();
        var random = new Random(seed);
        var means = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            double sum = 0;
            for (var i = 0; i < differences.Length; i++)
                sum += differences[random.Next(differences.Length)];
            means[r] = sum / differences.Length;
        }
        Array.Sort(means);
        var tail = (1 - level) / 2 * 100;
        var interval = new ConfidenceInterval(estimate, Percentiles.OfSorted(means, tail), Percentiles.OfSorted(means, 100 - tail), level);
        var below = means.Count(m => m <= 0);
        var above = means.Count(m => m >= 0);
        var pValue = differences.All(d => d == 0) ? 1.0 : Math.Min(1.0, 2.0 * Math.Min(below, above) / resamples);
        return (interval, pValue);
    }
}
