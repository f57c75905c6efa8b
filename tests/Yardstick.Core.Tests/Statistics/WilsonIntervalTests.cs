using Yardstick.Core.Statistics;

namespace Yardstick.Core.Tests.Statistics;

public sealed class WilsonIntervalTests
{
    [Theory]
    [InlineData(8, 10, 0.4902, 0.9433)]   // reference values (Wilson 1927; statsmodels proportion_confint method="wilson")
    [InlineData(0, 10, 0.0, 0.2775)]
    [InlineData(50, 100, 0.4038, 0.5962)]
    public void Matches_reference_values(int successes, int trials, double lower, double upper)
    {
        var ci = WilsonInterval.Of(successes, trials);

        Assert.Equal(lower, ci.Lower, 3);
        Assert.Equal(upper, ci.Upper, 3);
    }

    [Fact]
    public void No_trials_gives_no_interval()
    {
        Assert.True(double.IsNaN(WilsonInterval.Of(0, 0).Estimate));
    }

    [Theory]
    [InlineData(0.0, 2.0, 0.0, 0.6576198)]
    [InlineData(0.5, 10.0, 0.2365931, 0.7634069)]
    [InlineData(1.0, 2.5, 0.3942, 1.0)]
    public void A_proportion_over_an_effective_sample_size_matches_the_whole_count_formula(double p, double n, double lower, double upper)
    {
        var interval = WilsonInterval.OfProportion(p, n);

        Assert.Equal(lower, interval.Lower, 4);
        Assert.Equal(upper, interval.Upper, 4);
    }
}
