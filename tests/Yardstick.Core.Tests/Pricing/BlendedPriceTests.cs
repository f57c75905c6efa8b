using Yardstick.Core.Pricing;

namespace Yardstick.Core.Tests.Pricing;

public sealed class BlendedPriceTests
{
    private static TokenPrice Price(decimal? input, decimal? output, decimal? cached = null) => new(
        input is null ? null : new UsdPerMillionTokens(input.Value),
        cached is null ? null : new UsdPerMillionTokens(cached.Value),
        output is null ? null : new UsdPerMillionTokens(output.Value), null);

    [Theory]
    [InlineData(2.0, 8.0, 3.5)]      // GPT-4.1: (3·2 + 8) / 4
    [InlineData(0.1, 0.4, 0.175)]
    [InlineData(1.0, 1.0, 1.0)]
    public void Default_ratio_is_three_input_to_one_output(double input, double output, double expected)
    {
        var blended = BlendedPrice.Compute(Price((decimal)input, (decimal)output));

        Assert.Equal((decimal)expected, blended!.Value.Value);
    }

    [Fact]
    public void Ratio_is_configurable()
    {
        var blended = BlendedPrice.Compute(Price(2m, 8m), BlendRatio.Parse("1:1"));

        Assert.Equal(5m, blended!.Value.Value);
    }

    [Fact]
    public void Cached_input_weight_joins_the_mix()
    {
        // cached:input:output = 2:1:1 → (2·0.5 + 2 + 8) / 4
        var blended = BlendedPrice.Compute(Price(2m, 8m, cached: 0.5m), BlendRatio.Parse("2:1:1"));

        Assert.Equal(2.75m, blended!.Value.Value);
    }

    [Theory]
    [InlineData(null, 8.0)]
    [InlineData(2.0, null)]
    [InlineData(0.0, 0.0)] // a listed $0 is "no price", not free
    public void Missing_or_zero_price_has_no_blend(double? input, double? output)
    {
        Assert.Null(BlendedPrice.Compute(Price((decimal?)input, (decimal?)output)));
    }

    [Theory]
    [InlineData("x:1")]
    [InlineData("3")]
    [InlineData("-1:2")]
    [InlineData("0:0")]
    public void Bad_ratio_text_is_rejected(string text)
    {
        Assert.Throws<FormatException>(() => BlendRatio.Parse(text));
    }

    [Fact]
    public void Cache_aware_blend_is_seven_input_two_cached_one_output()
    {
        // (7 × $2 + 2 × $0.50 + 1 × $8) / 10
        var blended = BlendedPrice.Compute(Price(2m, 8m, cached: 0.5m), BlendRatio.CacheAware);

        Assert.Equal(2.3m, blended!.Value.Value);
        Assert.Equal("2:7:1", BlendRatio.CacheAware.ToString());
    }

    [Fact]
    public void Cache_aware_blend_without_a_cached_price_is_unavailable()
    {
        Assert.Null(BlendedPrice.Compute(Price(2m, 8m), BlendRatio.CacheAware));
    }
}
