namespace Yardstick.Core.Pricing;

/// <summary>Pure rules over dated prices: which price is in force, and when each endpoint's price changed.</summary>
public static class PriceHistory
{
    /// <summary>
    /// Per endpoint, the price in force at <paramref name="at"/>: the record with the latest effective date not after
    /// it (a later import breaks a tie). Endpoints whose every record lies in the future are absent.
    /// </summary>
    public static IReadOnlyDictionary<string, PriceRecord> InForce(IEnumerable<PriceRecord> records, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.Where(r => r.EffectiveFromUtc <= at)
            .GroupBy(r => r.EndpointId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.EffectiveFromUtc).ThenByDescending(r => r.ImportId).First(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The records at which an endpoint's price differed from its previous record (the first record of each endpoint
    /// included), newest first. Re-stating the same prices, from any feed, is no change.
    /// </summary>
    public static IReadOnlyList<PriceChange> Changes(IEnumerable<PriceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var changes = new List<PriceChange>();
        foreach (var endpoint in records.GroupBy(r => r.EndpointId, StringComparer.Ordinal))
        {
            TokenPrice? previous = null;
            foreach (var record in endpoint.OrderBy(r => r.EffectiveFromUtc).ThenBy(r => r.ImportId))
            {
                if (previous is null || !SamePrices(previous, record.Price))
                    changes.Add(new PriceChange(record, previous));
                previous = record.Price;
            }
        }
        return changes.OrderByDescending(c => c.Record.EffectiveFromUtc).ThenBy(c => c.Record.EndpointId, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every price part equal; the source (which list said it) does not count.</summary>
    public static bool SamePrices(TokenPrice a, TokenPrice b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a with { Source = null } == b with { Source = null };
    }
}
