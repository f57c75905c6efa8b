using Microsoft.EntityFrameworkCore;
using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;
using Yardstick.Storage.Entities;

namespace Yardstick.Storage.Catalog;

/// <summary>
/// Replaces the catalog in the database with validated model cards, in one transaction: either every model is
/// imported or nothing changes. Runs and samples are untouched (they refer to models by slug only).
/// </summary>
public sealed class CatalogImporter(YardstickDatabase database)
{
    /// <param name="contentSha256">Hash of the catalog files (CatalogLoadResult.ContentSha256), recorded to detect later edits.</param>
    public async Task<CatalogImportResult> ImportAsync(IReadOnlyList<ModelCard> models, string sourceDirectory, string contentSha256,
        CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var strategy = context.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var previous = await context.Models.CountAsync(cancellationToken);
            // One bulk delete: fact sources, capabilities, scores and endpoints go with their model (ON DELETE CASCADE).
            await context.Models.ExecuteDeleteAsync(cancellationToken);
            context.Models.AddRange(models.Select(CatalogMapping.ToEntity));
            var now = DateTimeOffset.UtcNow;
            context.CatalogImports.Add(new CatalogImportEntity
            {
                ImportedUtc = now, SourceDirectory = sourceDirectory, Models = models.Count, ContentSha256 = contentSha256,
            });
            await context.SaveChangesAsync(cancellationToken);
            // The catalog's own prices are an import too: a changed catalog price is dated and kept like a feed's.
            await PriceHistoryWriter.RecordAsync(context, CatalogPrices(models, sourceDirectory, now), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new CatalogImportResult(previous, models.Count, contentSha256);
        });
    }

    internal static PriceImportBatch CatalogPrices(IReadOnlyList<ModelCard> models, string sourceDirectory, DateTimeOffset now) =>
        new(CatalogFeed, sourceDirectory, now, models.SelectMany(m => m.Endpoints)
            .Select(e => new PriceImportEntry(e.Id, e.ModelSlug, e.Provider, e.Price)).ToList());

    /// <summary>The feed name of prices stated in the catalog files.</summary>
    public const string CatalogFeed = "catalog";

    /// <summary>True when the database holds no imported catalog yet (first use).</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) =>
        await LastImportHashAsync(cancellationToken) is null;

    /// <summary>The content hash of the latest import, or null when nothing was imported yet.</summary>
    public async Task<string?> LastImportHashAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        return await context.CatalogImports.OrderByDescending(i => i.Id).Select(i => i.ContentSha256).FirstOrDefaultAsync(cancellationToken);
    }
}
