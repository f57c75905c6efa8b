using Yardstick.Core.Catalog;
using Yardstick.Core.Classes;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;
using Yardstick.Core.Runs;
using Yardstick.Web.Formatting;
using Yardstick.Web.Hosting;

namespace Yardstick.Web.Data;

/// <summary>
/// Builds the <see cref="SiteSnapshot"/> pages read: the catalog, every model's measurements (from the runs' stored
/// summaries and precomputed figures, never their samples) and the leaderboard rows. With a data stamp
/// (<see cref="ISiteDataVersion"/>) the snapshot is kept until the stamp changes, so a request costs one stamp lookup;
/// without one every request builds its own (in-memory stores in tests, where writes need no stamp to be seen).
/// When only runs moved (a run created or finished: the continuous case), the next snapshot reads just the runs started
/// or finished since the newest it has seen and recomputes only their models; the counts it arrives at must equal the
/// stamp's, else (a writer's clock far behind, a catalog or price change) it is built whole again. Models the changed runs
/// do not touch keep their figures as read; once the snapshot is older than the output cache's lifetime every model is
/// read again at the current moment (from what the snapshot holds), so the 72 h and 14 d windows move on.
/// </summary>
public sealed class SiteSnapshots(ICatalogStore catalog, IRunStore runs, IRunFiguresStore figures, SiteOptions options, ISiteDataVersion? version = null,
    TimeProvider? clock = null)
{
    // Generous on purpose: a page should see every run, and stores page by this limit.
    private const int RunLimit = 1_000_000;

    /// <summary>
    /// Writers' clocks may disagree: runs started or finished up to this long before the newest the snapshot has seen are
    /// read again. A run stamped further back is caught by the counts check, which rebuilds the whole snapshot.
    /// </summary>
    internal static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly SemaphoreSlim _building = new(1, 1);
    private SnapshotBasis? _basis;
    private int _builds;
    private int _updates;

    /// <summary>Snapshots built whole (every run read).</summary>
    internal int Builds => Volatile.Read(ref _builds);

    /// <summary>Snapshots built from the previous one and the runs that changed.</summary>
    internal int Updates => Volatile.Read(ref _updates);

    public async Task<SiteSnapshot> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (version is null)
            return (await BuildAsync(null, cancellationToken)).Snapshot;
        var stamp = await version.CurrentAsync(cancellationToken);
        if (Volatile.Read(ref _basis) is { } kept && IsCurrent(kept.Snapshot, stamp))
            return kept.Snapshot;
        // One build per change: requests arriving meanwhile wait for it rather than each building their own.
        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_basis is { } built && IsCurrent(built.Snapshot, stamp))
                return built.Snapshot;
            var next = (_basis is { } basis ? await UpdateAsync(basis, stamp, cancellationToken) : null) ?? await BuildAsync(stamp, cancellationToken);
            Volatile.Write(ref _basis, next);
            return next.Snapshot;
        }
        finally
        {
            _building.Release();
        }
    }

    private bool IsCurrent(SiteSnapshot snapshot, SiteDataStamp stamp) => snapshot.Version == stamp.ToString() && IsFresh(snapshot);

    // The output cache keeps a page as long (DataStampCachePolicy.Lifetime): a page is never read at an older moment than that.
    private bool IsFresh(SiteSnapshot snapshot) => _clock.GetUtcNow() - snapshot.AsOf < DataStampCachePolicy.Lifetime;

    private async Task<SnapshotBasis> BuildAsync(SiteDataStamp? stamp, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var models = await catalog.GetModelsAsync(cancellationToken);
        var bySlug = models.ToDictionary(m => m.Slug, StringComparer.OrdinalIgnoreCase);
        var all = await runs.ListRunsAsync(new RunQuery(Limit: RunLimit), cancellationToken);
        var measurements = all.Where(r => !string.IsNullOrEmpty(r.ModelSlug))
            .GroupBy(r => r.ModelSlug!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => ModelMeasurements.From(g, now), StringComparer.OrdinalIgnoreCase);
        await AddSelfHostingAsync(measurements, bySlug, [.. measurements.Keys], cancellationToken);
        var rows = models.Select(m => Row(m, measurements)).ToList();
        var snapshot = new SiteSnapshot(stamp?.ToString(), models, bySlug, measurements, rows) { AsOf = now };
        if (stamp is not null)
            Interlocked.Increment(ref _builds);
        return SnapshotBasis.Of(snapshot, stamp?.CatalogAndPrices ?? "", all);
    }

    /// <summary>The next snapshot from <paramref name="basis"/> and the runs changed since; null when it must be built whole.</summary>
    private async Task<SnapshotBasis?> UpdateAsync(SnapshotBasis basis, SiteDataStamp stamp, CancellationToken cancellationToken)
    {
        if (basis.CatalogAndPrices != stamp.CatalogAndPrices || basis.NewestStart is not { } newestStart)
            return null;
        var since = (basis.NewestFinish is { } newestFinish && newestFinish < newestStart ? newestFinish : newestStart) - ClockTolerance;
        var changed = await runs.ListRunsAsync(new RunQuery(ChangedSince: since, Limit: RunLimit), cancellationToken);
        var now = _clock.GetUtcNow();
        var byId = new Dictionary<string, RunRecord>(basis.RunsById, StringComparer.Ordinal);
        var finished = basis.FinishedRuns;
        var affected = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var run in changed)
        {
            if (byId.TryGetValue(run.Id, out var previous))
            {
                if (previous == run)
                    continue;
                finished -= previous.FinishedUtc is null ? 0 : 1;
                if (!string.IsNullOrEmpty(previous.ModelSlug))
                    affected.Add(previous.ModelSlug);
            }
            byId[run.Id] = run;
            finished += run.FinishedUtc is null ? 0 : 1;
            if (!string.IsNullOrEmpty(run.ModelSlug))
                affected.Add(run.ModelSlug);
        }
        // Every change the stamp counts must be among those read; a run stamped before the window was missed.
        if (byId.Count != stamp.Runs || finished != stamp.FinishedRuns)
            return null;

        var old = basis.Snapshot;
        // The other models keep their reading (and the speeds it cached) until it is older than the cache lifetime, so a
        // run finishing costs its own model's figures only; then every model is read again at the current moment.
        var moveOn = !IsFresh(old);
        var measurements = old.Measurements.Where(kv => !affected.Contains(kv.Key))
            .ToDictionary(kv => kv.Key, kv => moveOn ? kv.Value with { AsOf = now } : kv.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var group in byId.Values.Where(r => !string.IsNullOrEmpty(r.ModelSlug) && affected.Contains(r.ModelSlug))
                     .GroupBy(r => r.ModelSlug!, StringComparer.OrdinalIgnoreCase))
            measurements[group.Key] = ModelMeasurements.From(group, now);
        await AddSelfHostingAsync(measurements, old.BySlug, [.. affected.Where(measurements.ContainsKey)], cancellationToken);
        // A row's class, price and index do not depend on the moment; only the measurements' reading of the windows does.
        var rows = old.Rows.Select(row => affected.Contains(row.Card.Slug) ? Row(row.Card, measurements)
            : moveOn ? row with { Measured = measurements.GetValueOrDefault(row.Card.Slug) ?? ModelMeasurements.None }
            : row).ToList();
        Interlocked.Increment(ref _updates);
        return new SnapshotBasis(old with { Version = stamp.ToString(), Measurements = measurements, Rows = rows, AsOf = moveOn ? now : old.AsOf },
            basis.CatalogAndPrices, byId, finished,
            // The newest times seen only move on: the runs read again are the only ones that can move them.
            changed.Select(r => (DateTimeOffset?)r.StartedUtc).Append(basis.NewestStart).Max(), changed.Select(r => r.FinishedUtc).Append(basis.NewestFinish).Max());
    }

    private async Task AddSelfHostingAsync(Dictionary<string, ModelMeasurements> measurements, IReadOnlyDictionary<string, ModelCard> bySlug,
        IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        var selfHosting = slugs
            .Select(slug => (Slug: slug, Runs: bySlug.TryGetValue(slug, out var model) ? SelfHostingRuns.Select(model, measurements[slug]) : null))
            .Where(x => x.Runs is not null)
            .ToList();
        if (selfHosting.Count == 0)
            return;
        // Throughput is a whole-run figure: read precomputed for every run behind a self-hosting cost, in one call.
        var throughput = await figures.GetFiguresAsync(selfHosting.SelectMany(x => x.Runs!.Runs).Select(p => p.Run.Id).ToList(), cancellationToken);
        foreach (var (slug, selected) in selfHosting)
            measurements[slug] = measurements[slug] with { SelfHosting = selected!.CostFromThroughput(id => throughput[id].Throughput) };
    }

    private LeaderboardRow Row(ModelCard model, IReadOnlyDictionary<string, ModelMeasurements> measurements)
    {
        var mm = measurements.GetValueOrDefault(model.Slug) ?? ModelMeasurements.None;
        return new LeaderboardRow(model, ClassLabel.Short(ComparisonClassRule.Classify(model, options.BlendRatio)), model.HeadlinePrice,
            PricePoint.Of(model, mm.SelfHosting, options.BlendRatio), mm,
            mm.LatestEvals.ToDictionary(e => e.Summary.Eval, StringComparer.OrdinalIgnoreCase),
            options.Index is { } index ? mm.Index(index) : null);
    }
}
