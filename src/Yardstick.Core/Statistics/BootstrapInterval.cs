namespace Yardstick.Core.Statistics;

/// <summary>
/// Percentile bootstrap intervals for a mean, seeded so that a figure recomputed from the same samples is the same.
/// The clustered variant resamples whole clusters (questions), keeping their epochs together.
/// </summary>
public static class BootstrapInterval
{
    /// <summary>Resamples used when the caller does not say.</summary>
    public const int DefaultResamples = 2000;

    public static ConfidenceInterval OfMean(IReadOnlyList<double> values, int resamples = DefaultResamples, int seed = 0, double level = 0.95) =>
        OfClusteredMean(values.Select((v, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), v)), resamples, seed, level);

    public static ConfidenceInterval OfClusteredMean(IEnumerable<(string Cluster, double Value)> observations, int resamples = DefaultResamples, int seed = 0, double level = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        if (level is <= 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(level), level, "The level must lie strictly between 0 and 1.");
        var clusters = observations.GroupBy(o => o.Cluster, StringComparer.Ordinal)
            .Select(g => (Sum: g.Sum(o => o.Value), Count: g.Count())).ToArray();
        if (clusters.Length == 0)
            return new ConfidenceInterval(double.NaN, double.NaN, double.NaN, level);
        var estimate = clusters.Sum(c => c.Sum) / clusters.Sum(c => c.Count);
        var random = new Random(seed);
        var means = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            double sum = 0, count = 0;
            for (var i = 0; i < clusters.Length; i++)
            {
                var pick = clusters[random.Next(clusters.Length)];
                sum += pick.Sum;
                count += pick.Count;
            }
            means[r] = sum / count;
        }
        Array.Sort(means);
        var tail = (1 - level) / 2 * 100;
        return new ConfidenceInterval(estimate, Percentiles.OfSorted(means, tail), Percentiles.OfSorted(means, 100 - tail), level);
    }
}
