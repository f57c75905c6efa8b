namespace Yardstick.Core.Pricing;

/// <summary>Price history held in memory (tests, a site composed without a database).</summary>
public sealed class InMemoryPriceHistoryStore : IPriceHistoryStore
{
    private readonly Lock _gate = new();
    private readonly List<PriceRecord> _records = [];
    private long _lastImportId;

    public Task<PriceImportResult> RecordAsync(PriceImportBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        lock (_gate)
        {
            var importId = ++_lastImportId;
            var fresh = PriceImportPlan.Changed(batch, _records, importId);
            _records.AddRange(fresh);
            return Task.FromResult(new PriceImportResult(importId, fresh.Count, batch.Entries.Count - fresh.Count));
        }
    }

    public Task<IReadOnlyList<PriceRecord>> GetAsync(string modelSlug, CancellationToken cancellationToken = default)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<PriceRecord>>(_records
                .Where(r => string.Equals(r.ModelSlug, modelSlug, StringComparison.OrdinalIgnoreCase))
                .OrderBy(r => r.EffectiveFromUtc).ThenBy(r => r.ImportId).ToList());
    }
}
