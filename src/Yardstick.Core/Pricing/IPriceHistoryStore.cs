namespace Yardstick.Core.Pricing;

/// <summary>Where dated prices are kept (the database in production, memory in tests).</summary>
public interface IPriceHistoryStore
{
    /// <summary>
    /// Records the batch as one import (<see cref="PriceImportPlan.Changed"/>): an entry whose prices equal the latest
    /// record of that endpoint from the same feed is counted as unchanged and not stored again.
    /// </summary>
    Task<PriceImportResult> RecordAsync(PriceImportBatch batch, CancellationToken cancellationToken = default);

    /// <summary>Every record of a model's endpoints, oldest first.</summary>
    Task<IReadOnlyList<PriceRecord>> GetAsync(string modelSlug, CancellationToken cancellationToken = default);
}
