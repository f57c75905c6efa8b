namespace Yardstick.Core.Metrics.Analysers;

/// <summary>
/// Warns when TTFT falls into two clusters (e.g. some requests queued or served by a cold replica, or a prompt cache hit
/// for some): the median then hides two behaviours. Test: Sarle's bimodality coefficient above 5/9 (the uniform
/// distribution's value) and the widest gap between sorted values, which splits at least 10 % into each side,
/// wider than twice the larger interquartile span of the two sides.
/// </summary>
public sealed class BimodalTtftAnalyser(int minSamples = 20) : IPerfAnalyser
{
    public static BimodalTtftAnalyser Default { get; } = new();

    public IEnumerable<string> Analyse(PerfAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Metrics.Select(m => m.TtftSeconds).Where(v => !double.IsNaN(v)).Order().ToArray();
        if (values.Length < minSamples || !IsBimodal(values, out var low, out var high))
            yield break;
        yield return $"TTFT looks bimodal: clusters near {low:0.000} s and {high:0.000} s; the median hides two behaviours (queueing, cold start or caching).";
    }

    internal static bool IsBimodal(double[] sorted, out double lowCentre, out double highCentre)
    {
        lowCentre = highCentre = double.NaN;
        var n = sorted.Length;
        if (n < 4)
            return false;
        var mean = sorted.Average();
        double m2 = 0, m3 = 0, m4 = 0;
        foreach (var v in sorted)
        {
            var d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
            m4 += d * d * d * d;
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        if (m2 <= 0)
            return false;
        var skew = m3 / Math.Pow(m2, 1.5);
        var excessKurtosis = m4 / (m2 * m2) - 3;
        var coefficient = (skew * skew + 1) / (excessKurtosis + 3.0 * (n - 1) * (n - 1) / ((n - 2.0) * (n - 3.0)));
        if (coefficient <= 5.0 / 9.0)
            return false;

        var minSide = Math.Max(2, n / 10);
        var split = -1;
        var widest = 0.0;
        for (var i = minSide; i <= n - minSide; i++)
        {
            var gap = sorted[i] - sorted[i - 1];
            if (gap > widest)
            {
                widest = gap;
                split = i;
            }
        }
        if (split < 0)
            return false;
        var low = sorted[..split];
        var high = sorted[split..];
        var spread = Math.Max(Statistics.Percentiles.OfSorted(low, 75) - Statistics.Percentiles.OfSorted(low, 25),
            Statistics.Percentiles.OfSorted(high, 75) - Statistics.Percentiles.OfSorted(high, 25));
        if (widest <= 2 * spread)
            return false;
        lowCentre = Statistics.Percentiles.OfSorted(low, 50);
        highCentre = Statistics.Percentiles.OfSorted(high, 50);
        return true;
    }
}
