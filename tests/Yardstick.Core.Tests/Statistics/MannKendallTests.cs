using Yardstick.Core.Statistics;

namespace Yardstick.Core.Tests.Statistics;

public sealed class MannKendallTests
{
    // Reference values by hand: S from the pairs, Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18, z = (S − sign S) / √Var,
    // p = 1 − Φ(z) (Python's math.erfc).
    [Theory]
    [InlineData(new[] { 1.0, 2, 3, 4, 5 }, 10, 2.204541, 0.013743, 1.0)]
    [InlineData(new[] { 5.0, 4, 3, 2, 1 }, -10, -2.204541, 0.986257, -1.0)]
    [InlineData(new[] { 1.0, 3, 2, 4 }, 4, 1.019049, 0.154090, 0.75)]
    [InlineData(new[] { 1.0, 1, 2, 2 }, 4, 1.161895, 0.122639, 5.0 / 12)]
    [InlineData(new[] { 2.0, 2, 2, 2 }, 0, 0, 0.5, 0.0)]
    public void Statistic_z_p_value_and_sen_slope_match_hand_computed_values(double[] values, long s, double z, double p, double slope)
    {
        var times = Enumerable.Range(1, values.Length).Select(t => (double)t).ToArray();

        var test = MannKendall.Of(times, values);

        Assert.Equal(s, test.S);
        Assert.Equal(z, test.Z, 1e-5);
        Assert.Equal(p, test.PValueIncreasing, 1e-5);
        Assert.Equal(slope, test.SenSlope, 1e-9);
    }

    [Fact]
    public void Pairs_are_ordered_by_time_not_by_position()
    {
        // Given a rising series listed backwards in time
        var test = MannKendall.Of([5, 4, 3, 2, 1], [50, 40, 30, 20, 10]);

        Assert.Equal(10, test.S);
        Assert.Equal(10, test.SenSlope, 1e-9);
    }

    [Fact]
    public void One_outlier_does_not_move_the_sen_slope()
    {
        // Given a flat series with one huge value in the middle
        var test = MannKendall.Of([1, 2, 3, 4, 5, 6, 7], [1, 1, 1, 100, 1, 1, 1]);

        Assert.Equal(0, test.SenSlope, 1e-9);
        Assert.True(test.PValueIncreasing > 0.4);
    }

    [Fact]
    public void Fewer_than_three_points_are_not_tested() => Assert.Equal(TrendTest.None, MannKendall.Of([1, 2], [1, 2]));

    [Fact]
    public void Long_series_are_thinned_and_keep_their_trend()
    {
        var times = Enumerable.Range(0, 5000).Select(t => (double)t).ToArray();

        var test = MannKendall.Of(times, times.Select(t => 2 * t).ToArray());

        Assert.Equal(MannKendall.MaximumPoints, test.N);
        Assert.Equal(2, test.SenSlope, 1e-9);
        Assert.True(test.PValueIncreasing < 1e-6);
    }
}
