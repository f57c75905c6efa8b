using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;

namespace Yardstick.Core.Pages;

/// <summary>
/// The cheapest way to serve a traffic with one model, across its provider routes. A route with a missing or $0 price
/// has no cost (a $0 listed price means "no price"); when no route has a cost the result says why, never $0.
/// </summary>
public sealed record CheapestRoute(RouteCost? Route, MonthlyCost Cost, IReadOnlyList<RouteCost> AllRoutes)
{
    public static CheapestRoute For(ModelCard model, MonthlyTraffic traffic)
    {
        var routes = model.Endpoints.Select(e => new RouteCost(e, MonthlyCost.Compute(e.Price, traffic))).ToList();
        var cheapest = routes.Where(r => r.Cost.IsAvailable)
            .OrderBy(r => r.Cost.Usd)
            .ThenByDescending(r => r.Endpoint.FirstParty)
            .ThenBy(r => r.Endpoint.Provider, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault();
        if (cheapest is not null)
            return new CheapestRoute(cheapest, cheapest.Cost, routes);
        var reason = routes.Count == 0
            ? "no provider route is listed"
            : "no provider route lists both an input and an output price";
        return new CheapestRoute(null, MonthlyCost.Unavailable(reason), routes);
    }

    /// <summary>The lowest real output price across the model's routes and the route that offers it.</summary>
    public static (EndpointCard Endpoint, UsdPerMillionTokens Price)? CheapestOutputPrice(ModelCard model) =>
        model.Endpoints.Where(e => e.Price.Output is { IsNoPrice: false })
            .OrderBy(e => e.Price.Output!.Value.Value)
            .ThenByDescending(e => e.FirstParty)
            .Select(e => ((EndpointCard, UsdPerMillionTokens)?)(e, e.Price.Output!.Value))
            .FirstOrDefault();
}
