using Yardstick.Web.Formatting;

namespace Yardstick.Web.Tests.Formatting;

public sealed class CsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Text_fields_are_quoted_when_they_must_be(string value, string expected)
    {
        Assert.Equal(expected, Csv.Field(value));
    }

    [Fact]
    public void Numbers_are_invariant_and_missing_figures_are_empty()
    {
        Assert.Equal("3.5", Csv.Field(3.5m));
        Assert.Equal("0.1", Csv.Field(0.1));
        Assert.Equal("", Csv.Field(double.NaN));
        Assert.Equal("", Csv.Field(null));
        Assert.Equal("true", Csv.Field(true));
    }
}
