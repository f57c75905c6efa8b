namespace Yardstick.Core.Statistics;

/// <summary>Percentiles by linear interpolation between closest ranks (Hyndman–Fan type 7, as numpy's default).</summary>
public static class Percentiles
{
    /// <summary>The <paramref name="percentile"/>-th percentile (0–100) of <paramref name="values"/>; NaN when empty.</summary>
    public static double Of(IReadOnlyList<double> values, double percentile)
    {
        if (values.Count == 0)
            return double.NaN;
        var sorted = values as double[] ?? values.ToArray();
        if (!IsSorted(sorted))
        {
            sorted = (double[])sorted.Clone();
            Array.Sort(sorted);
        }
        return OfSorted(sorted, percentile);
    }

    public static double OfSorted(ReadOnlySpan<double> sorted, double percentile)
    {
        if (sorted.Length == 0)
            return double.NaN;
        var h = (sorted.Length - 1) * Math.Clamp(percentile, 0, 100) / 100.0;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static bool IsSorted(double[] values)
    {
        for (var i = 1; i < values.Length; i++)
            if (values[i] < values[i - 1])
                return false;
        return true;
    }
}
