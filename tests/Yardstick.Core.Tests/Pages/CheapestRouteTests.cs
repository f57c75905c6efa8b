using Yardstick.Core.Catalog;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;

namespace Yardstick.Core.Tests.Pages;

public sealed class CheapestRouteTests
{
    [Fact]
    public void The_cheapest_priced_route_wins()
    {
        // Given two routes: $2/$8 and $1.5/$9
        var model = SeedCards.Proprietary("m", 0, 0, false, ("Dear", 2m, 8m, true), ("Cheap", 1.5m, 9m, false));

        // When 10M in and 2M out a month are priced
        var route = CheapestRoute.For(model, new MonthlyTraffic(10_000_000, 2_000_000));

        // Then $15 + $18 = $33 beats $20 + $16 = $36
        Assert.Equal("Cheap", route.Route!.Endpoint.Provider);
        Assert.Equal(33m, route.Cost.Usd);
        Assert.Equal(2, route.AllRoutes.Count);
    }

    [Fact]
    public void A_zero_price_is_no_price_so_the_cost_is_unavailable_not_zero()
    {
        // Given only a self-hosted route listed at $0
        var model = SeedCards.Open("qwen3-4b", 4.0) with { Endpoints = [SeedCards.Endpoint("qwen3-4b", "Self-hosted", 0m, 0m, false)] };

        // When priced
        var route = CheapestRoute.For(model, MonthlyTraffic.Default);

        // Then there is no route and no $0: the cost is unavailable with a reason
        Assert.Null(route.Route);
        Assert.False(route.Cost.IsAvailable);
        Assert.Equal("unavailable", route.Cost.ToString());
        Assert.Contains("price", route.Cost.UnavailableReason, StringComparison.Ordinal);
        Assert.Null(CheapestRoute.CheapestOutputPrice(model));
    }

    [Fact]
    public void A_model_without_routes_says_so()
    {
        // Given a model with no endpoint; When priced; Then the reason names the missing routes
        var route = CheapestRoute.For(SeedCards.Open("bare", 1.0), MonthlyTraffic.Default);

        Assert.Equal("no provider route is listed", route.Cost.UnavailableReason);
    }

    [Fact]
    public void The_cheapest_output_price_ignores_zero_listings()
    {
        // Given a $0 route and an $8 route
        var model = SeedCards.Gpt41 with
        {
            Endpoints = [SeedCards.Endpoint("gpt-4.1", "Free", 0m, 0m, false), SeedCards.Endpoint("gpt-4.1", "OpenAI", 2m, 8m, true)],
        };

        // When the cheapest output price is asked for; Then it is the real $8
        var cheapest = CheapestRoute.CheapestOutputPrice(model);
        Assert.Equal("OpenAI", cheapest!.Value.Endpoint.Provider);
        Assert.Equal(8m, cheapest.Value.Price.Value);
    }

    [Fact]
    public void A_measured_self_hosting_cost_is_a_route_marked_measured()
    {
        // Given a self-hosted route at $0 (no price) and a measured cost of $0.20 in / $1.40 out
        var model = PriceQuoteTests.SelfHosted("m");
        var measured = ModelMeasurements.None with { SelfHosting = PriceQuoteTests.Measured(0.2m, 1.4m) };

        // When 10M in and 2M out a month are priced
        var route = CheapestRoute.For(model, MonthlyTraffic.Default, measured);

        // Then $2 + $2.80 on the measured route, marked as measured
        Assert.Equal(4.8m, route.Cost.Usd);
        Assert.True(route.Route!.IsMeasured);
        Assert.Equal("Self-hosted", route.Route.Endpoint.Provider);
        Assert.False(route.AllRoutes[0].IsMeasured);
        Assert.False(route.AllRoutes[0].Cost.IsAvailable);
    }
}
