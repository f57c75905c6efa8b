using Yardstick.Core.Statistics;

namespace Yardstick.Core.Tests.Statistics;

public sealed class PairedBootstrapTests
{
    [Fact]
    public void Is_reproducible_for_a_seed_and_centred_on_the_mean_difference()
    {
        // Given partial scores of two models on 40 items, A ahead by 0.1 on average
        var pairs = Enumerable.Range(0, 40).Select(i => (A: (i % 5) / 4.0, B: Math.Max(0, (i % 5) / 4.0 - (i % 2 == 0 ? 0.2 : 0)))).ToList();

        var first = PairedBootstrap.OfDifference(pairs, seed: 7);
        var second = PairedBootstrap.OfDifference(pairs, seed: 7);

        Assert.Equal(first, second);
        Assert.Equal(pairs.Average(p => p.A - p.B), first.Interval.Estimate, 12);
        Assert.True(first.Interval.Lower > 0 && first.Interval.Upper > first.Interval.Estimate);
        Assert.True(first.PValue < 0.01);
    }

    [Fact]
    public void Symmetric_differences_give_a_large_p_value_and_an_interval_around_zero()
    {
        var pairs = Enumerable.Range(0, 30).Select(i => i % 2 == 0 ? (1.0, 0.0) : (0.0, 1.0)).ToList();

        var (interval, p) = PairedBootstrap.OfDifference(pairs);

        Assert.True(interval.Lower < 0 && interval.Upper > 0);
        Assert.True(p > 0.5);
    }

    [Fact]
    public void No_difference_at_all_has_p_one() =>
        Assert.Equal(1.0, PairedBootstrap.OfDifference([(0.5, 0.5), (1.0, 1.0)]).PValue);
}
