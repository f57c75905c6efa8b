using Yardstick.Core.Pricing;

namespace Yardstick.Core.Tests.Pricing;

public sealed class MonthlyCostTests
{
    [Fact]
    public void Cost_is_tokens_times_price_per_million()
    {
        var price = new TokenPrice(new UsdPerMillionTokens(2m), null, new UsdPerMillionTokens(8m), null);

        var cost = MonthlyCost.Compute(price, new MonthlyTraffic(10_000_000, 2_000_000));

        Assert.Equal(36m, cost.Usd); // 10 × $2 + 2 × $8
        Assert.Equal("$36.00", cost.ToString());
    }

    [Fact]
    public void Zero_listed_price_is_unavailable_never_zero_dollars()
    {
        var selfHosted = new TokenPrice(new UsdPerMillionTokens(0m), null, new UsdPerMillionTokens(0m), null);

        var cost = MonthlyCost.Compute(selfHosted, MonthlyTraffic.Default);

        Assert.False(cost.IsAvailable);
        Assert.Equal("unavailable", cost.ToString());
        Assert.Contains("no input price", cost.UnavailableReason);
    }

    [Fact]
    public void Missing_price_is_unavailable()
    {
        Assert.False(MonthlyCost.Compute(null, MonthlyTraffic.Default).IsAvailable);
        Assert.False(MonthlyCost.Compute(new TokenPrice(new UsdPerMillionTokens(1m), null, null, null), MonthlyTraffic.Default).IsAvailable);
    }

    [Fact]
    public void Cached_traffic_needs_a_cached_price()
    {
        var price = new TokenPrice(new UsdPerMillionTokens(2m), null, new UsdPerMillionTokens(8m), null);

        var cost = MonthlyCost.Compute(price, new MonthlyTraffic(1_000_000, 1_000_000, CachedInputTokens: 5_000_000));

        Assert.False(cost.IsAvailable);
    }
}
