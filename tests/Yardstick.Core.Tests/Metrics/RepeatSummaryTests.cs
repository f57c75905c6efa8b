using Yardstick.Core.Metrics;

namespace Yardstick.Core.Tests.Metrics;

public sealed class RepeatSummaryTests
{
    [Theory]
    // mean 12, s = 2, t(2) = 4.3027: half-width 4.3027 · 2 / √3 = 4.9683
    [InlineData(new[] { 10.0, 12.0, 14.0 }, 12.0, 7.0317, 16.9683, 0.16667)]
    // identical runs: a zero-width interval and no variation
    [InlineData(new[] { 5.0, 5.0 }, 5.0, 5.0, 5.0, 0.0)]
    public void Runs_give_a_t_interval_and_a_coefficient_of_variation(double[] values, double mean, double low, double high, double cv)
    {
        var statistic = RepeatSummary.Statistic(values);

        Assert.Equal((mean, low, high, cv, values.Length), (Math.Round(statistic.Mean, 4), Math.Round(statistic.Ci95Low, 4),
            Math.Round(statistic.Ci95High, 4), Math.Round(statistic.CoefficientOfVariation, 5), statistic.Runs));
    }

    [Fact]
    public void One_run_has_a_mean_but_no_interval()
    {
        var statistic = RepeatSummary.Statistic([3.0]);

        Assert.Equal(3.0, statistic.Mean);
        Assert.True(double.IsNaN(statistic.Ci95Low) && double.IsNaN(statistic.CoefficientOfVariation));
    }

    [Fact]
    public void Every_metric_is_taken_from_each_runs_summary()
    {
        // Given three runs whose median TTFT is 0.1, 0.2 and 0.3 s
        var runs = new[] { 0.1, 0.2, 0.3 }.Select((ttft, i) => PerfAnalysis.Summarise(
            Enumerable.Range(0, 3).Select(j => SampleBuilder.Steady(ttft, 10, 10, j)).ToArray(), $"perf-{i}")).ToList();

        var repeats = RepeatSummary.Of(runs);

        Assert.Equal(0.2, repeats["ttft_p50_s"].Mean, 1e-9);
        Assert.Equal(3, repeats["ttft_p50_s"].Runs);
        Assert.Equal(0, repeats["output_tokens_per_s_p50"].CoefficientOfVariation, 1e-9);
        Assert.Equal(RepeatSummary.Metrics.Select(m => m.Name), repeats.Keys);
    }
}
