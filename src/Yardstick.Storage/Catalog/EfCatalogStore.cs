using Microsoft.EntityFrameworkCore;
using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;
using Yardstick.Storage.Entities;

namespace Yardstick.Storage.Catalog;

/// <summary>The imported catalog, read from the database.</summary>
public sealed class EfCatalogStore(YardstickDatabase database) : ICatalogStore
{
    public async Task<IReadOnlyList<ModelCard>> GetModelsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var rows = await WithChildren(context).ToListAsync(cancellationToken);
        var prices = await PricesInForceAsync(context, null, cancellationToken);
        return rows.Select(r => WithPricesInForce(CatalogMapping.ToCard(r), prices)).OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public async Task<ModelCard?> GetModelAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var normalised = slug.ToLowerInvariant();
        var row = await WithChildren(context).FirstOrDefaultAsync(m => m.Slug == normalised, cancellationToken);
        return row is null ? null : WithPricesInForce(CatalogMapping.ToCard(row), await PricesInForceAsync(context, normalised, cancellationToken));
    }

    /// <summary>Each endpoint's latest dated price in force now (price_history), by endpoint id.</summary>
    private static async Task<IReadOnlyDictionary<string, PriceRecord>> PricesInForceAsync(YardstickDbContext context, string? modelSlug, CancellationToken cancellationToken)
    {
        var query = context.PriceHistory.AsNoTracking();
        if (modelSlug is not null)
            query = query.Where(p => p.ModelSlug == modelSlug);
        var rows = await query.ToListAsync(cancellationToken);
        return PriceHistory.InForce(rows.Select(PriceHistoryWriter.ToRecord), DateTimeOffset.UtcNow);
    }

    /// <summary>The price in force replaces the catalog row's; an endpoint without history keeps the catalog's price.</summary>
    private static ModelCard WithPricesInForce(ModelCard card, IReadOnlyDictionary<string, PriceRecord> prices) => card with
    {
        Endpoints = card.Endpoints.Select(e => prices.TryGetValue(e.Id, out var p) ? e with { Price = p.Price } : e).ToList(),
    };

    private static IQueryable<ModelEntity> WithChildren(YardstickDbContext context) => context.Models.AsNoTracking()
        .Include(m => m.FactSources).Include(m => m.Capabilities).Include(m => m.PublishedScores).Include(m => m.Endpoints)
        .AsSplitQuery();
}
