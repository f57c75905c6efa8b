using Yardstick.Core.Statistics;

namespace Yardstick.Core.Tests.Statistics;

public sealed class PercentilesTests
{
    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(50, 2.5)]
    [InlineData(25, 1.75)]
    [InlineData(100, 4.0)]
    public void Interpolates_linearly_like_numpy(double percentile, double expected)
    {
        Assert.Equal(expected, Percentiles.Of([4.0, 1.0, 3.0, 2.0], percentile), 10);
    }

    [Fact]
    public void Empty_input_is_not_a_number()
    {
        Assert.True(double.IsNaN(Percentiles.Of([], 50)));
    }

    [Fact]
    public void Summary_reports_every_percentile_mean_and_count()
    {
        var summary = DistributionSummary.Of(Enumerable.Range(1, 101).Select(i => (double)i));

        Assert.Equal(6, summary.P5);
        Assert.Equal(51, summary.P50);
        Assert.Equal(100, summary.P99);
        Assert.Equal(51, summary.Mean);
        Assert.Equal(101, summary.N);
    }
}
