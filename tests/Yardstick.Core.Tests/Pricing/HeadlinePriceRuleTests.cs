using Yardstick.Core.Pricing;

namespace Yardstick.Core.Tests.Pricing;

public sealed class HeadlinePriceRuleTests
{
    [Fact]
    public void First_party_price_wins()
    {
        var model = SeedCards.Proprietary("m", 0, 0, false, ("Router", 3m, 9m, false), ("Vendor", 2m, 8m, true));

        Assert.Equal(2m, model.HeadlinePrice!.Input!.Value.Value);
    }

    [Fact]
    public void Without_first_party_the_median_across_providers_is_taken()
    {
        var model = SeedCards.Proprietary("m", 0, 0, false, ("A", 1m, 2m, false), ("B", 3m, 4m, false), ("C", 5m, 9m, false), ("D", 7m, 10m, false));

        var price = model.HeadlinePrice!;

        Assert.Equal(4m, price.Input!.Value.Value);
        Assert.Equal(6.5m, price.Output!.Value.Value);
    }

    [Fact]
    public void Only_zero_priced_routes_give_no_headline_price()
    {
        var model = SeedCards.Proprietary("m", 0, 0, false, ("Self-hosted", 0m, 0m, false));

        Assert.Null(model.HeadlinePrice);
    }
}
