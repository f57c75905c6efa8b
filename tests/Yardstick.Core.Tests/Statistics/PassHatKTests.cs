using Yardstick.Core.Statistics;

namespace Yardstick.Core.Tests.Statistics;

public sealed class PassHatKTests
{
    [Theory]
    [InlineData(4, 4, 4, 1.0)]
    [InlineData(4, 2, 1, 0.5)]
    [InlineData(4, 2, 2, 1.0 / 6)]   // C(2,2)/C(4,2)
    [InlineData(4, 3, 3, 0.25)]      // C(3,3)/C(4,3)
    [InlineData(5, 1, 2, 0.0)]
    public void Is_the_chance_that_k_trials_all_pass(int n, int c, int k, double expected) =>
        Assert.Equal(expected, PassHatK.Of(n, c, k), 12);

    [Fact]
    public void Needs_at_least_k_trials() => Assert.Throws<ArgumentOutOfRangeException>(() => PassHatK.Of(1, 1, 2));
}
