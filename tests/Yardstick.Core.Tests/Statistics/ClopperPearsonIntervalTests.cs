using Yardstick.Core.Statistics;

namespace Yardstick.Core.Tests.Statistics;

public sealed class ClopperPearsonIntervalTests
{
    [Theory]
    [InlineData(0, 10, 0.0, 0.3084971)]   // 1 − 0.025^(1/10)
    [InlineData(10, 10, 0.6915029, 1.0)]
    [InlineData(5, 10, 0.1870860, 0.8129140)]
    [InlineData(1, 20, 0.0012651, 0.2487328)]
    [InlineData(3, 7, 0.0989883, 0.8159484)]
    public void Matches_the_exact_binomial_tails(int successes, int trials, double lower, double upper)
    {
        var interval = ClopperPearsonInterval.Of(successes, trials);

        Assert.Equal((double)successes / trials, interval.Estimate, 12);
        Assert.Equal(lower, interval.Lower, 6);
        Assert.Equal(upper, interval.Upper, 6);
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(2, 5)]
    [InlineData(5, 5)]
    [InlineData(37, 100)]
    public void Is_never_narrower_than_wilson(int successes, int trials)
    {
        var exact = ClopperPearsonInterval.Of(successes, trials);
        var wilson = WilsonInterval.Of(successes, trials);

        Assert.True(exact.Upper - exact.Lower >= wilson.Upper - wilson.Lower - 1e-12);
    }

    [Fact]
    public void No_trials_give_no_interval() => Assert.True(double.IsNaN(ClopperPearsonInterval.Of(0, 0).Lower));
}
