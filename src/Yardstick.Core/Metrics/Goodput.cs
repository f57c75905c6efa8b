using Yardstick.Core.Runs;

namespace Yardstick.Core.Metrics;

/// <summary>Goodput under SLOs, from stored samples (warm-up excluded): a pure function like <see cref="PerfAnalysis"/>.</summary>
public static class Goodput
{
    public static GoodputSummary Of(IReadOnlyList<SampleRecord> samples, Slo slo)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(slo);
        var measured = samples.Where(s => !PerfAnalysis.IsWarmup(s)).ToList();
        if (measured.Count == 0)
            return new GoodputSummary(0, 0, double.NaN, double.NaN, 0, slo.ToString());
        var good = measured.Select(RequestMetrics.From).Count(m => m is not null && slo.IsMetBy(m));
        var window = RunWindow.Seconds(measured);
        return new GoodputSummary(good, measured.Count, (double)good / measured.Count, window > 0 ? good / window : double.NaN, window, slo.ToString());
    }
}
