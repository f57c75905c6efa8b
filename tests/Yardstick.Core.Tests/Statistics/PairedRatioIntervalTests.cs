using Yardstick.Core.Statistics;

namespace Yardstick.Core.Tests.Statistics;

public sealed class PairedRatioIntervalTests
{
    [Theory]
    // Identical ratios: no spread, the interval is the point.
    [InlineData(new[] { 1.0, 1, 1 }, new[] { 2.0, 2, 2 }, 0.5, 0.5, 0.5)]
    // Ratios 1 and 4: geometric mean 2, t(1) = 12.7062 on the log scale.
    [InlineData(new[] { 1.0, 4 }, new[] { 1.0, 1 }, 2.0, 0.000299283, 13365.2574)]
    // Ratios 1/2, 1/4, 1/2, 1/4: geometric mean 1/√8, t(3) = 3.1824.
    [InlineData(new[] { 1.0, 1, 2, 1 }, new[] { 2.0, 4, 4, 4 }, 0.353553391, 0.187027232, 0.668351869)]
    public void Is_the_geometric_mean_ratio_with_a_t_interval_on_the_logs(double[] treated, double[] control, double ratio, double low, double high)
    {
        // Given paired measurements, When the interval is computed
        var interval = PairedRatioInterval.Of(treated.Zip(control).ToArray());

        // Then it matches the hand computation (relative precision)
        Assert.Equal(ratio, interval.Estimate, ratio * 1e-6);
        Assert.Equal(low, interval.Lower, low * 1e-4);
        Assert.Equal(high, interval.Upper, high * 1e-4);
    }

    [Fact]
    public void Pairs_with_a_value_that_is_not_positive_are_left_out_and_one_pair_has_no_interval()
    {
        var interval = PairedRatioInterval.Of([(1.0, 2.0), (0.0, 1.0), (1.0, double.NaN)]);

        Assert.Equal(0.5, interval.Estimate, 12);
        Assert.True(double.IsNaN(interval.Lower) && double.IsNaN(interval.Upper));
        Assert.True(double.IsNaN(PairedRatioInterval.Of([]).Estimate));
    }
}
