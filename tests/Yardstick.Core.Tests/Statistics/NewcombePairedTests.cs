using Yardstick.Core.Statistics;

namespace Yardstick.Core.Tests.Statistics;

/// <summary>Expected values from an independent Python transcription of Newcombe (1998) paired method 10.</summary>
public sealed class NewcombePairedTests
{
    [Theory]
    [InlineData(8, 5, 4, 9, 0.0384615, -0.1751611, 0.2462774)]
    [InlineData(12, 7, 2, 19, 0.125, -0.0159809, 0.2568443)]
    [InlineData(0, 0, 0, 10, 0.0, -0.2775328, 0.2775328)]   // all wrong: ± Wilson's upper bound of 0/10, not a point
    [InlineData(10, 0, 0, 0, 0.0, -0.2775328, 0.2775328)]   // all right
    public void Matches_the_published_method(int both, int onlyA, int onlyB, int neither, double estimate, double lower, double upper)
    {
        var interval = DifferenceInterval.NewcombePaired(both, onlyA, onlyB, neither);

        Assert.Equal(estimate, interval.Estimate, 6);
        Assert.Equal(lower, interval.Lower, 6);
        Assert.Equal(upper, interval.Upper, 6);
    }

    [Fact]
    public void Complete_separation_reaches_the_bound()
    {
        var interval = DifferenceInterval.NewcombePaired(0, 10, 0, 0);

        Assert.Equal(1.0, interval.Estimate, 12);
        Assert.Equal(1.0, interval.Upper, 12);
        Assert.True(interval.Lower is > 0.5 and < 1);
    }
}
