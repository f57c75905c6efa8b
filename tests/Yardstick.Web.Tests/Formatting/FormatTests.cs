using Yardstick.Web.Formatting;

namespace Yardstick.Web.Tests.Formatting;

public sealed class FormatTests
{
    [Theory]
    [InlineData("4.125", "$4.13")]
    [InlineData("10", "$10.00")]
    [InlineData("1234.5", "$1,234.50")]
    [InlineData("0.1313", "$0.13")]
    [InlineData("0.5", "$0.50")]
    [InlineData("0.0007", "$0.0007")]
    [InlineData("0.00072", "$0.00072")]
    [InlineData("0.012345", "$0.012")]
    [InlineData("0", "$0.00")]
    public void One_dollar_rule_cents_from_a_dollar_two_significant_digits_below(string usd, string expected) =>
        Assert.Equal(expected, Format.Usd(decimal.Parse(usd, System.Globalization.CultureInfo.InvariantCulture)));
}
