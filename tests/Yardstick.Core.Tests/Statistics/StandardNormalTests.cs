using Yardstick.Core.Statistics;

namespace Yardstick.Core.Tests.Statistics;

public sealed class StandardNormalTests
{
    // Reference values: 1 − Φ(z) from Python's math.erfc.
    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(1.959963984540054, 0.025)]
    [InlineData(-1, 0.841344746)]
    [InlineData(2.326347874, 0.01)]
    [InlineData(4, 3.16712418e-5)]
    public void Upper_tail_matches_the_normal_distribution(double z, double expected) =>
        Assert.Equal(expected, StandardNormal.UpperTail(z), 1e-7);
}
