using Yardstick.Core.Runs;

namespace Yardstick.Measure.Load;

/// <summary>
/// The stored runs of one series: each level's newest run, in the order they were started. Finding the newest series of a
/// kind and key is how an interrupted capacity search or ladder is resumed by running the same command again.
/// </summary>
public sealed record LoadSeriesRuns(string SeriesId, IReadOnlyList<(LoadSeries Series, RunRecord Run)> Levels)
{
    /// <summary>How many perf runs of the model are read to find a series: a series has tens of levels, not thousands.</summary>
    private const int SearchLimit = 2000;

    /// <summary>The newest series of <paramref name="kind"/> with <paramref name="key"/>; null when there is none.</summary>
    public static async Task<LoadSeriesRuns?> FindNewestAsync(IRunStore store, string modelId, string kind, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var runs = await store.ListRunsAsync(new RunQuery(Kind: RunKind.Perf, Limit: SearchLimit), cancellationToken).ConfigureAwait(false);
        var tagged = runs.Where(r => r.ModelId == modelId)
            .Select(r => (Series: LoadSeries.Read(r), Run: r))
            .Where(x => x.Series is { } s && s.Kind == kind && s.Key == key)
            .Select(x => (Series: x.Series!, x.Run))
            .ToList();
        if (tagged.Count == 0)
            return null;
        var newest = tagged.MaxBy(x => x.Run.StartedUtc).Series.Id;
        var levels = tagged.Where(x => x.Series.Id == newest)
            .GroupBy(x => x.Series.Level)
            .Select(g => g.MaxBy(x => x.Run.StartedUtc))
            .OrderBy(x => x.Run.StartedUtc)
            .ToList();
        return new LoadSeriesRuns(newest, levels);
    }

    /// <summary>A level's run that stopped before its end (interrupted, or left running by a killed process): resumed, not restarted.</summary>
    public RunRecord? Unfinished(double level) =>
        Levels.Where(l => l.Series.Level == level && l.Run.Status is RunStatus.Running or RunStatus.Interrupted).Select(l => l.Run).FirstOrDefault();

    /// <summary>The origin a level's run is opened with: the unfinished run of that level (resumed), else <paramref name="fallback"/> (a new run).</summary>
    public RunOrigin? OriginFor(double level, RunOrigin? fallback) =>
        Unfinished(level) is { } run ? new RunOrigin(run.Id, run.Suite, run.Worker, run.Location) : fallback;

    /// <summary>The levels that ran to their end (completed, or failed by the outcome policy).</summary>
    public IEnumerable<(LoadSeries Series, RunRecord Run)> Finished => Levels.Where(l => l.Run.Status is RunStatus.Completed or RunStatus.Failed);
}
