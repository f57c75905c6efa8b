using Yardstick.Core.Catalog;
using Yardstick.Core.Classes;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;
using Yardstick.Core.Runs;
using Yardstick.Web.Formatting;

namespace Yardstick.Web.Data;

/// <summary>
/// Builds the <see cref="SiteSnapshot"/> pages read: the catalog, every model's measurements (from the runs' stored
/// summaries and precomputed figures, never their samples) and the leaderboard rows. With a data stamp
/// (<see cref="ISiteDataVersion"/>) the snapshot is kept until the stamp changes, so a request costs one stamp lookup;
/// without one every request builds its own (in-memory stores in tests, where writes need no stamp to be seen).
/// </summary>
public sealed class SiteSnapshots(ICatalogStore catalog, IRunStore runs, IRunFiguresStore figures, SiteOptions options, ISiteDataVersion? version = null)
{
    // Generous on purpose: a page should see every run, and stores page by this limit.
    private const int RunLimit = 1_000_000;

    private readonly SemaphoreSlim _building = new(1, 1);
    private SiteSnapshot? _current;

    public async Task<SiteSnapshot> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (version is null)
            return await BuildAsync(null, cancellationToken);
        var stamp = await version.CurrentAsync(cancellationToken);
        if (Volatile.Read(ref _current) is { } kept && kept.Version == stamp)
            return kept;
        // One build per change: requests arriving meanwhile wait for it rather than each building their own.
        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } built && built.Version == stamp)
                return built;
            var fresh = await BuildAsync(stamp, cancellationToken);
            Volatile.Write(ref _current, fresh);
            return fresh;
        }
        finally
        {
            _building.Release();
        }
    }

    private async Task<SiteSnapshot> BuildAsync(string? stamp, CancellationToken cancellationToken)
    {
        var models = await catalog.GetModelsAsync(cancellationToken);
        var bySlug = models.ToDictionary(m => m.Slug, StringComparer.OrdinalIgnoreCase);
        var all = await runs.ListRunsAsync(new RunQuery(Limit: RunLimit), cancellationToken);
        var measurements = all.Where(r => !string.IsNullOrEmpty(r.ModelSlug))
            .GroupBy(r => r.ModelSlug!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => ModelMeasurements.From(g), StringComparer.OrdinalIgnoreCase);
        var selfHosting = measurements
            .Select(kv => (Slug: kv.Key, Runs: bySlug.TryGetValue(kv.Key, out var model) ? SelfHostingRuns.Select(model, kv.Value) : null))
            .Where(x => x.Runs is not null)
            .ToList();
        // Throughput is a whole-run figure: read precomputed for every run behind a self-hosting cost, in one call.
        var throughput = await figures.GetFiguresAsync(selfHosting.SelectMany(x => x.Runs!.Runs).Select(p => p.Run.Id).ToList(), cancellationToken);
        foreach (var (slug, selected) in selfHosting)
            measurements[slug] = measurements[slug] with { SelfHosting = selected!.CostFromThroughput(id => throughput[id].Throughput) };
        var rows = models.Select(m =>
        {
            var mm = measurements.GetValueOrDefault(m.Slug) ?? ModelMeasurements.None;
            return new LeaderboardRow(m, ClassLabel.Short(ComparisonClassRule.Classify(m, options.BlendRatio)), m.HeadlinePrice,
                PricePoint.Of(m, mm.SelfHosting, options.BlendRatio), mm,
                mm.LatestEvals.ToDictionary(e => e.Summary.Eval, StringComparer.OrdinalIgnoreCase),
                options.Index is { } index ? mm.Index(index) : null);
        }).ToList();
        return new SiteSnapshot(stamp, models, bySlug, measurements, rows);
    }
}
