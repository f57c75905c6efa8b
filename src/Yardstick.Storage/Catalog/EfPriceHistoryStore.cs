using Microsoft.EntityFrameworkCore;
using Yardstick.Core.Pricing;

namespace Yardstick.Storage.Catalog;

/// <summary>Price history in the database (<c>price_history</c>, <c>price_imports</c>).</summary>
public sealed class EfPriceHistoryStore(YardstickDatabase database) : IPriceHistoryStore
{
    public async Task<PriceImportResult> RecordAsync(PriceImportBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await using var context = database.CreateContext();
        var strategy = context.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var result = await PriceHistoryWriter.RecordAsync(context, batch, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        });
    }

    public async Task<IReadOnlyList<PriceRecord>> GetAsync(string modelSlug, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var normalised = modelSlug.ToLowerInvariant();
        var rows = await context.PriceHistory.AsNoTracking().Where(p => p.ModelSlug == normalised).ToListAsync(cancellationToken);
        return rows.Select(PriceHistoryWriter.ToRecord).OrderBy(r => r.EffectiveFromUtc).ThenBy(r => r.ImportId).ToList();
    }
}
