using Yardstick.Core.Classes;
using Yardstick.Core.Pricing;

namespace Yardstick.Core.Tests.Classes;

public sealed class PriceBandRuleTests
{
    [Theory]
    [InlineData(0.1, PriceBand.Budget)]
    [InlineData(0.15, PriceBand.Mid)]
    [InlineData(1.0, PriceBand.Mid)]
    [InlineData(3.5, PriceBand.Premium)] // GPT-4.1 blended
    public void Classifies_by_blended_price(double blended, PriceBand expected)
    {
        Assert.Equal(expected, PriceBandRule.Classify(new UsdPerMillionTokens((decimal)blended)));
    }
}
