using Yardstick.Core.Catalog;

namespace Yardstick.Core.Pricing;

/// <summary>A model's headline price: its first-party endpoint's, else the median of its providers' (each price part apart).</summary>
public static class HeadlinePriceRule
{
    public static TokenPrice? Select(IReadOnlyList<EndpointCard> endpoints)
    {
        var priced = endpoints.Where(e => e.Price.IsComplete).ToList();
        if (priced.Count == 0)
            return null;
        var firstParty = priced.FirstOrDefault(e => e.FirstParty);
        if (firstParty is not null)
            return firstParty.Price;
        return new TokenPrice(
            Median(priced.Select(e => e.Price.Input)),
            Median(priced.Select(e => e.Price.CachedInput)),
            Median(priced.Select(e => e.Price.Output)),
            null)
        {
            CacheWrite = Median(priced.Select(e => e.Price.CacheWrite)),
            Reasoning = Median(priced.Select(e => e.Price.Reasoning)),
        };
    }

    private static UsdPerMillionTokens? Median(IEnumerable<UsdPerMillionTokens?> prices)
    {
        var values = prices.Where(p => p is { IsNoPrice: false }).Select(p => p!.Value.Value).Order().ToArray();
        if (values.Length == 0)
            return null;
        var mid = values.Length / 2;
        return new UsdPerMillionTokens(values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2m);
    }
}
