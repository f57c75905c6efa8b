using Yardstick.Core.Statistics;

namespace Yardstick.Core.Metrics;

/// <summary>
/// Per-metric statistics across the runs of one repeat group (the same configuration run N times): each run contributes
/// one value per metric (its median, or its system throughput), so the interval says how much the headline figure moves
/// from run to run, not how requests spread within a run. Runs without a value for a metric are left out of it.
/// </summary>
public static class RepeatSummary
{
    /// <summary>The metrics compared across runs, by the names the JSON uses.</summary>
    public static IReadOnlyList<(string Name, Func<PerfSummary, double> Value)> Metrics { get; } =
    [
        ("ttft_p50_s", s => s.TtftSeconds.P50),
        ("first_answer_token_p50_s", s => s.FirstAnswerTokenSeconds.P50),
        ("output_tokens_per_s_p50", s => s.OutputTokensPerSecond.P50),
        ("inter_token_latency_p50_s", s => s.InterTokenLatencySeconds.P50),
        ("e2e_latency_p50_s", s => s.E2eLatencySeconds.P50),
        ("e2e_500_s", s => s.E2e500Seconds ?? double.NaN),
        ("system_output_tokens_per_s", s => s.Throughput?.SystemOutputTokensPerSecond ?? double.NaN),
    ];

    public static IReadOnlyDictionary<string, RepeatStatistic> Of(IReadOnlyList<PerfSummary> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return Metrics.ToDictionary(m => m.Name, m => Statistic(runs.Select(m.Value).Where(v => !double.IsNaN(v)).ToArray()), StringComparer.Ordinal);
    }

    /// <summary>Mean, t interval and coefficient of variation of <paramref name="values"/> (one per run).</summary>
    public static RepeatStatistic Statistic(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var n = values.Count;
        if (n == 0)
            return new RepeatStatistic(double.NaN, double.NaN, double.NaN, double.NaN, 0);
        var mean = values.Average();
        if (n == 1)
            return new RepeatStatistic(mean, double.NaN, double.NaN, double.NaN, 1);
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        var half = StudentT.Critical95(n - 1) * sd / Math.Sqrt(n);
        return new RepeatStatistic(mean, mean - half, mean + half, mean != 0 ? sd / Math.Abs(mean) : double.NaN, n);
    }
}
