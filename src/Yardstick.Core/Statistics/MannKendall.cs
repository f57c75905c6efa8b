namespace Yardstick.Core.Statistics;

/// <summary>
/// The Mann–Kendall test for a monotonic trend, with the Theil–Sen slope: distribution-free, so one slow outlier
/// neither makes nor hides a trend the way it would a least-squares slope. O(n²) pairs: series longer than
/// <see cref="MaximumPoints"/> are thinned to that many evenly spaced points (in time order) first.
/// </summary>
public static class MannKendall
{
    public const int MaximumPoints = 2000;

    /// <summary>The test of <paramref name="values"/> against <paramref name="times"/> (paired, any order); None below 3 points.</summary>
    public static TrendTest Of(IReadOnlyList<double> times, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(values);
        if (times.Count != values.Count)
            throw new ArgumentException("Times and values must be paired.", nameof(values));
        var points = Enumerable.Range(0, times.Count)
            .Where(i => double.IsFinite(times[i]) && double.IsFinite(values[i]))
            .Select(i => (Time: times[i], Value: values[i]))
            .OrderBy(p => p.Time)
            .ToArray();
        if (points.Length > MaximumPoints)
            points = Enumerable.Range(0, MaximumPoints).Select(i => points[(int)((long)i * (points.Length - 1) / (MaximumPoints - 1))]).ToArray();
        var n = points.Length;
        if (n < 3)
            return TrendTest.None;

        long s = 0;
        var slopes = new List<double>(n * (n - 1) / 2);
        for (var i = 0; i < n - 1; i++)
            for (var j = i + 1; j < n; j++)
            {
                s += Math.Sign(points[j].Value - points[i].Value);
                var dt = points[j].Time - points[i].Time;
                if (dt > 0)
                    slopes.Add((points[j].Value - points[i].Value) / dt);
            }

        // Tied values lower the variance of S: Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18 over groups of t ties.
        var ties = points.GroupBy(p => p.Value).Select(g => (double)g.Count()).Where(t => t > 1).Sum(t => t * (t - 1) * (2 * t + 5));
        var variance = (n * (n - 1.0) * (2 * n + 5) - ties) / 18;
        var z = variance <= 0 || s == 0 ? 0 : (s - Math.Sign(s)) / Math.Sqrt(variance);
        slopes.Sort();
        var sen = slopes.Count == 0 ? double.NaN : Percentiles.OfSorted(slopes.ToArray(), 50);
        return new TrendTest(n, s, z, StandardNormal.UpperTail(z), sen);
    }
}
