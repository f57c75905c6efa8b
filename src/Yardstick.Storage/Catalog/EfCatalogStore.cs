using Microsoft.EntityFrameworkCore;
using Yardstick.Core.Catalog;
using Yardstick.Storage.Entities;

namespace Yardstick.Storage.Catalog;

/// <summary>The imported catalog, read from the database.</summary>
public sealed class EfCatalogStore(YardstickDatabase database) : ICatalogStore
{
    public async Task<IReadOnlyList<ModelCard>> GetModelsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var rows = await WithChildren(context).ToListAsync(cancellationToken);
        return rows.Select(CatalogMapping.ToCard).OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public async Task<ModelCard?> GetModelAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var normalised = slug.ToLowerInvariant();
        var row = await WithChildren(context).FirstOrDefaultAsync(m => m.Slug == normalised, cancellationToken);
        return row is null ? null : CatalogMapping.ToCard(row);
    }

    private static IQueryable<ModelEntity> WithChildren(YardstickDbContext context) => context.Models.AsNoTracking()
        .Include(m => m.FactSources).Include(m => m.Capabilities).Include(m => m.PublishedScores).Include(m => m.Endpoints)
        .AsSplitQuery();
}
