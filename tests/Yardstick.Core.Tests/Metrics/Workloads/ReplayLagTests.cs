using Yardstick.Core.Metrics.Workloads;

namespace Yardstick.Core.Tests.Metrics.Workloads;

public sealed class ReplayLagTests
{
    [Theory]
    [InlineData(new[] { 0.001, 0.002, 0.003, 0.004, 0.005 }, 0.003, 0.0048, 0.005, false)]
    [InlineData(new[] { 0.0, 0.0, 0.0, 0.5 }, 0.0, 0.425, 0.5, true)]   // one late request in four: p95 interpolates past the bound
    [InlineData(new[] { 0.2 }, 0.2, 0.2, 0.2, true)]
    public void Reports_p50_p95_and_max_and_is_behind_past_the_bound(double[] lags, double p50, double p95, double max, bool behind)
    {
        var lag = ReplayLag.Of(lags, behindBoundSeconds: 0.05);

        Assert.Equal(p50, lag.P50, 9);
        Assert.Equal(p95, lag.P95, 9);
        Assert.Equal(max, lag.Max, 9);
        Assert.Equal(lags.Length, lag.N);
        Assert.Equal(behind, lag.Behind);
    }

    [Fact]
    public void No_requests_give_no_figures_and_are_not_behind()
    {
        var lag = ReplayLag.Of([], 0.05);

        Assert.True(double.IsNaN(lag.P95));
        Assert.False(lag.Behind);
        Assert.Equal(0, lag.N);
    }
}
