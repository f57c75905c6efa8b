using Yardstick.Core.Evals;

namespace Yardstick.Core.Tests.Evals;

public sealed class EffectiveContextTests
{
    [Theory]
    [InlineData("4096:0.9,8192:0.9,16384:0.85,32768:0.6", 16384)]   // 32k falls 30 points
    [InlineData("4096:0.9,8192:0.8,16384:0.95", 16384)]              // exactly 10 points down still counts
    [InlineData("4096:0.9,8192:0.7,16384:0.9", 4096)]                // the first drop ends it, a later recovery does not count
    [InlineData("16384:0.8,4096:1.0,8192:1.0", 8192)]                // order of the input does not matter
    [InlineData("4096:0.8", 4096)]
    public void Longest_length_within_the_margin_of_the_shortest(string table, int expected) =>
        Assert.Equal(expected, EffectiveContext.Of(Parse(table)));

    [Theory]
    [InlineData("4096:0.4,8192:0.4")]
    [InlineData("")]
    public void Undefined_when_the_shortest_length_is_below_half(string table) =>
        Assert.Null(EffectiveContext.Of(Parse(table)));

    [Fact]
    public void The_margin_is_a_parameter() =>
        Assert.Equal(8192, EffectiveContext.Of(Parse("4096:0.9,8192:0.88,16384:0.85"), margin: 0.03));

    private static List<(int, double)> Parse(string table) =>
        table.Length == 0 ? [] : table.Split(',').Select(p => p.Split(':')).Select(p => (int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))).ToList();
}
