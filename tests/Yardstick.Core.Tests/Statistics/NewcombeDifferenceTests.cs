using Yardstick.Core.Statistics;

namespace Yardstick.Core.Tests.Statistics;

public sealed class NewcombeDifferenceTests
{
    [Fact]
    public void Newcombe_interval_matches_the_published_example()
    {
        // Given Newcombe (1998), example (c): 56/70 vs 48/80, whose method-10 interval is 0.0524 to 0.3339
        var a = WilsonInterval.Of(56, 70);
        var b = WilsonInterval.Of(48, 80);

        // When the difference is computed from the two Wilson intervals
        var ci = DifferenceInterval.Newcombe(a, b);

        // Then it matches the paper
        Assert.Equal(0.2, ci.Estimate, 9);
        Assert.Equal(0.0524, ci.Lower, 3);
        Assert.Equal(0.3339, ci.Upper, 3);
        Assert.True(ci.ExcludesZero);
    }

    [Fact]
    public void Equal_proportions_give_an_interval_around_zero()
    {
        // Given the same 30/40 twice
        var a = WilsonInterval.Of(30, 40);

        // When differenced
        var ci = DifferenceInterval.Newcombe(a, a);

        // Then the interval is symmetric about 0 and includes it
        Assert.Equal(0, ci.Estimate, 12);
        Assert.Equal(-ci.Lower, ci.Upper, 12);
        Assert.False(ci.ExcludesZero);
    }
}
