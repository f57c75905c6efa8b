using Yardstick.Core.Pricing;
using Yardstick.Web.Data;

namespace Yardstick.Web.Tests.Data;

public sealed class TrafficQueryTests
{
    [Fact]
    public void Missing_values_take_the_default()
    {
        var traffic = TrafficQuery.Parse(null, " ", out var error);

        Assert.Null(error);
        Assert.Equal(MonthlyTraffic.Default, traffic);
    }

    [Theory]
    [InlineData("1,000,000", 1_000_000)]
    [InlineData("2_500_000", 2_500_000)]
    [InlineData("0", 0)]
    public void Readable_numbers_are_accepted(string input, long expected)
    {
        var traffic = TrafficQuery.Parse(input, "5", out var error);

        Assert.Null(error);
        Assert.Equal(new MonthlyTraffic(expected, 5), traffic);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("-1")]
    [InlineData("1e6")]
    [InlineData("99999999999999999999")]
    public void Bad_values_are_reported_and_the_default_used(string input)
    {
        var traffic = TrafficQuery.Parse("1", input, out var error);

        Assert.Contains("output_tokens", error, StringComparison.Ordinal);
        Assert.Equal(MonthlyTraffic.Default, traffic);
    }
}
