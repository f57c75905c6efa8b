using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;
using Yardstick.Pricing.Feeds;
using Yardstick.Pricing.Mapping;

namespace Yardstick.Pricing.Import;

/// <summary>
/// Matches a feed's models to catalog endpoints through the mapping. A feed id the mapping does not name is
/// <b>unknown</b>; a mapped id whose endpoint (<c>&lt;model&gt;@&lt;provider slug&gt;</c>) the catalog lacks is a
/// <b>missing endpoint</b>; a mapped id without an input and an output price is <b>unpriced</b>. Each is listed.
/// </summary>
public static class PriceFeedPlanner
{
    public static PriceFeedPlan Plan(FeedFormat format, FeedReadResult feed, FeedMapping mapping, IReadOnlyList<ModelCard> catalog,
        string origin, DateTimeOffset effectiveFromUtc)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(catalog);
        var endpoints = catalog.SelectMany(m => m.Endpoints).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var entries = new List<PriceImportEntry>();
        var unknown = new List<string>();
        var missing = new List<string>();
        var unpriced = new List<string>();
        foreach (var model in feed.Models)
        {
            var targets = mapping.For(format, model.FeedId);
            if (targets.Count == 0)
            {
                unknown.Add(model.FeedId);
                continue;
            }
            if (!model.Price.IsComplete)
            {
                unpriced.Add(model.FeedId);
                continue;
            }
            foreach (var target in targets)
            {
                var id = EndpointIds.For(target.ModelSlug, target.Provider);
                if (endpoints.TryGetValue(id, out var endpoint))
                    entries.Add(new PriceImportEntry(endpoint.Id, endpoint.ModelSlug, endpoint.Provider, model.Price));
                else
                    missing.Add($"{model.FeedId} → {id}");
            }
        }
        var batch = new PriceImportBatch(FeedReader.FeedName(format), origin, effectiveFromUtc, entries);
        return new PriceFeedPlan(batch, unknown, missing, unpriced, feed.Problems);
    }
}
