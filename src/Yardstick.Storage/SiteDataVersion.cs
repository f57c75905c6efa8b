using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yardstick.Core.Pages;

namespace Yardstick.Storage;

/// <summary>
/// The site's data stamp from the database, in a handful of indexed lookups: the catalog import and price import last
/// written (every catalog or price change writes one), how many dated prices are in force now (a price dated in the
/// future changes the stamp when it takes effect), how many runs exist and when one last finished (a run is created,
/// then completed: its status, summary and figures are written with FinishedUtc).
/// </summary>
public sealed class SiteDataVersion(YardstickDatabase database, TimeProvider? clock = null) : ISiteDataVersion
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public async Task<string> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow().ToUniversalTime();
        await using var context = database.CreateContext();
        var catalog = await context.CatalogImports.MaxAsync(c => (long?)c.Id, cancellationToken);
        var prices = await context.PriceImports.MaxAsync(p => (long?)p.Id, cancellationToken);
        var inForce = await context.PriceHistory.CountAsync(p => p.EffectiveFromUtc <= now, cancellationToken);
        var runs = await context.Runs.CountAsync(cancellationToken);
        // Counted as well as the latest: a worker whose clock lags may finish a run "before" the latest finish.
        var completed = await context.Runs.CountAsync(r => r.FinishedUtc != null, cancellationToken);
        var finished = await context.Runs.Where(r => r.FinishedUtc != null).OrderByDescending(r => r.FinishedUtc).Select(r => r.FinishedUtc).FirstOrDefaultAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"c{catalog}.p{prices}.h{inForce}.r{runs}.d{completed}.f{finished?.UtcTicks}");
    }
}
