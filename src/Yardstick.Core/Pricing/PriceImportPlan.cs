namespace Yardstick.Core.Pricing;

/// <summary>Which entries of an import are news: the rule every <see cref="IPriceHistoryStore"/> applies.</summary>
public static class PriceImportPlan
{
    /// <summary>
    /// The batch's entries whose prices differ from the latest record of the same endpoint <b>from the same feed</b>
    /// (or that have none), as records of import <paramref name="importId"/>; an entry stating no price at all is
    /// skipped. Comparing within a feed is what lets the latest change win: re-importing an unchanged catalog (or
    /// feed) never overrides a newer price that another feed brought.
    /// </summary>
    public static IReadOnlyList<PriceRecord> Changed(PriceImportBatch batch, IEnumerable<PriceRecord> existing, long importId)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(existing);
        var latest = existing.Where(r => r.Feed == batch.Feed)
            .GroupBy(r => r.EndpointId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.EffectiveFromUtc).ThenByDescending(r => r.ImportId).First(), StringComparer.Ordinal);
        return batch.Entries
            .Where(e => !e.Price.IsEmpty)
            .Where(e => !(latest.TryGetValue(e.EndpointId, out var current) && PriceHistory.SamePrices(current.Price, e.Price)))
            .GroupBy(e => e.EndpointId, StringComparer.Ordinal).Select(g => g.Last())
            .Select(e => new PriceRecord
            {
                EndpointId = e.EndpointId, ModelSlug = e.ModelSlug, Provider = e.Provider, EffectiveFromUtc = batch.EffectiveFromUtc,
                Price = e.Price, Feed = batch.Feed, ImportId = importId,
            }).ToList();
    }
}
