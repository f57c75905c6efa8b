using Microsoft.EntityFrameworkCore;
using Yardstick.Core.Pricing;
using Yardstick.Storage.Entities;

namespace Yardstick.Storage.Catalog;

/// <summary>Writes one price import inside the caller's transaction: the import row, then the records that are news.</summary>
internal static class PriceHistoryWriter
{
    public static async Task<PriceImportResult> RecordAsync(YardstickDbContext context, PriceImportBatch batch, CancellationToken cancellationToken)
    {
        var endpointIds = batch.Entries.Select(e => e.EndpointId).Distinct(StringComparer.Ordinal).ToList();
        var existing = (await context.PriceHistory.AsNoTracking()
                .Where(p => p.Feed == batch.Feed && endpointIds.Contains(p.EndpointId))
                .ToListAsync(cancellationToken))
            .Select(ToRecord).ToList();
        var import = new PriceImportEntity
        {
            Feed = batch.Feed, Origin = batch.Origin, ImportedUtc = DateTimeOffset.UtcNow, EffectiveFromUtc = batch.EffectiveFromUtc,
            Entries = batch.Entries.Count,
        };
        context.PriceImports.Add(import);
        await context.SaveChangesAsync(cancellationToken);
        var fresh = PriceImportPlan.Changed(batch, existing, import.Id);
        import.Recorded = fresh.Count;
        context.PriceHistory.AddRange(fresh.Select(ToEntity));
        await context.SaveChangesAsync(cancellationToken);
        return new PriceImportResult(import.Id, fresh.Count, batch.Entries.Count - fresh.Count);
    }

    public static PriceRecord ToRecord(PriceHistoryEntity e) => new()
    {
        EndpointId = e.EndpointId, ModelSlug = e.ModelSlug, Provider = e.Provider, EffectiveFromUtc = e.EffectiveFromUtc,
        Price = PriceColumns.Read(e), Feed = e.Feed, ImportId = e.ImportId,
    };

    private static PriceHistoryEntity ToEntity(PriceRecord r)
    {
        var row = new PriceHistoryEntity
        {
            EndpointId = r.EndpointId, ModelSlug = r.ModelSlug, Provider = r.Provider, EffectiveFromUtc = r.EffectiveFromUtc, Feed = r.Feed, ImportId = r.ImportId,
        };
        PriceColumns.Write(r.Price, row);
        return row;
    }
}
