using Yardstick.Core.Statistics;

namespace Yardstick.Core.Tests.Statistics;

public sealed class McNemarTestTests
{
    [Theory]
    [InlineData(0, 0, 1.0)]                 // no discordant items: no evidence either way
    [InlineData(5, 0, 0.0625)]              // 2 · ½⁵
    [InlineData(0, 5, 0.0625)]
    [InlineData(10, 2, 0.03857421875)]      // 2 · (1 + 12 + 66) / 4096
    [InlineData(3, 3, 1.0)]                 // 2 · 42/64 > 1: capped
    [InlineData(1, 0, 1.0)]
    [InlineData(20, 5, 0.0040773153)]        // 2 · P(X ≤ 5 | 25, ½)
    public void Two_sided_exact_p_value_from_the_discordant_pairs(int onlyA, int onlyB, double expected) =>
        Assert.Equal(expected, McNemarTest.ExactPValue(onlyA, onlyB), 8);
}
