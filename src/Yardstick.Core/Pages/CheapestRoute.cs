using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;

namespace Yardstick.Core.Pages;

/// <summary>
/// The cheapest way to serve a traffic with one model, across its provider routes. A route with a missing or $0 price
/// has no cost (a $0 listed price means "no price"); when no route has a cost the result says why, never $0.
/// </summary>
public sealed record CheapestRoute(RouteCost? Route, MonthlyCost Cost, IReadOnlyList<RouteCost> AllRoutes)
{
    public static CheapestRoute For(ModelCard model, MonthlyTraffic traffic) => For(model, traffic, null);

    /// <summary>
    /// As <see cref="For(ModelCard, MonthlyTraffic)"/>, with the measured self-hosting cost as one more route (on the
    /// measured endpoint, else the first unpriced one), marked <see cref="RouteCost.IsMeasured"/>.
    /// </summary>
    public static CheapestRoute For(ModelCard model, MonthlyTraffic traffic, ModelMeasurements? measured)
    {
        var routes = model.Endpoints.Select(e => new RouteCost(e, MonthlyCost.Compute(e.Price, traffic))).ToList();
        if (measured?.SelfHosting is { } selfHosting && selfHosting.AsTokenPrice() is { } price && MeasuredEndpoint(model, measured) is { } endpoint)
            routes.Add(new RouteCost(endpoint with { Price = price }, MonthlyCost.Compute(price, traffic), selfHosting));
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

    private static EndpointCard? MeasuredEndpoint(ModelCard model, ModelMeasurements measured)
    {
        var runId = measured.SelfHosting?.Chosen?.RunId;
        var endpointId = measured.Perf.FirstOrDefault(p => p.Run.Id == runId)?.Run.EndpointId;
        return model.Endpoints.FirstOrDefault(e => e.Id == endpointId)
            ?? model.Endpoints.FirstOrDefault(e => !e.Price.IsComplete)
            ?? model.Endpoints.FirstOrDefault();
    }

    /// <summary>The lowest real output price across the model's routes and the route that offers it.</summary>
    public static (EndpointCard Endpoint, UsdPerMillionTokens Price)? CheapestOutputPrice(ModelCard model) =>
        model.Endpoints.Where(e => e.Price.Output is { IsNoPrice: false })
            .OrderBy(e => e.Price.Output!.Value.Value)
            .ThenByDescending(e => e.FirstParty)
            .Select(e => ((EndpointCard, UsdPerMillionTokens)?)(e, e.Price.Output!.Value))
            .FirstOrDefault();
}
