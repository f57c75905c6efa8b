namespace Yardstick.Core.Statistics;

/// <summary>
/// The mean of observations that come in clusters (the same question asked in several epochs, or the questions of one
/// passage), with a cluster-robust standard error: observations inside a cluster are not independent, so the variance
/// is computed from per-cluster sums of residuals (Liang–Zeger with the small-sample factor C/(C−1)). With one
/// observation per cluster it reduces to the usual standard error of the mean.
/// </summary>
public static class ClusteredMean
{
    /// <summary>Mean over all observations and its clustered standard error; <see cref="MeanEstimate.Units"/> is the number of clusters.</summary>
    public static MeanEstimate Of(IEnumerable<(string Cluster, double Value)> observations)
    {
        var list = observations.ToList();
        if (list.Count == 0)
            return new MeanEstimate(double.NaN, double.NaN, 0);
        var mean = list.Average(o => o.Value);
        var residualSums = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (cluster, value) in list)
            residualSums[cluster] = residualSums.GetValueOrDefault(cluster) + (value - mean);
        var clusters = residualSums.Count;
        if (clusters < 2)
            return new MeanEstimate(mean, double.NaN, clusters);
        var sumOfSquares = residualSums.Values.Sum(r => r * r);
        double n = list.Count;
        var variance = clusters / (clusters - 1.0) * sumOfSquares / (n * n);
        return new MeanEstimate(mean, Math.Sqrt(variance), clusters);
    }
}
