using Yardstick.Measure.Load.Ladder;

namespace Yardstick.Measure.Tests.Load.Ladder;

public sealed class LadderLevelsTests
{
    [Theory]
    [InlineData(1, new[] { 1 })]
    [InlineData(8, new[] { 1, 2, 4, 8 })]
    [InlineData(48, new[] { 1, 2, 4, 8, 16, 32, 48 })]
    [InlineData(256, new[] { 1, 2, 4, 8, 16, 32, 64, 128, 192, 256 })]
    [InlineData(300, new[] { 1, 2, 4, 8, 16, 32, 64, 128, 192, 256, 300 })]
    public void Steps_double_to_64_then_climb_by_64_to_the_top(int maximum, int[] expected) =>
        Assert.Equal(expected, LadderLevels.Of(maximum));
}
