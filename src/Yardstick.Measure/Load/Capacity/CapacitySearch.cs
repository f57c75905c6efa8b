using Yardstick.Core.Metrics;
using Yardstick.Core.Metrics.Capacity;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;

namespace Yardstick.Measure.Load.Capacity;

/// <summary>
/// Finds the highest load whose objectives hold (<see cref="CapacitySearchPlan"/>: doubling, then bisection): every
/// probed level is a stored perf run tagged with the search (<see cref="LoadSeries"/>), judged from its samples
/// (<see cref="LoadSlo"/>, <see cref="SaturationTest"/>). Resumable: the search's state is nothing but its stored levels,
/// so rerunning the same configuration replays the finished ones, resumes an interrupted one from its stored samples and
/// goes on. A level whose queue grows without bound counts as failing, so the search goes no higher.
/// </summary>
public sealed class CapacitySearch(PerfRunner? runner = null, TimeProvider? clock = null)
{
    private readonly PerfRunner _runner = runner ?? new PerfRunner();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public async Task<CapacitySearchResult> RunAsync(ICompletionProvider provider, PerfRunOptions options, CapacitySearchOptions search, IRunStore store,
        IProgress<PerfProgress>? progress = null, IProgress<CapacityLevel>? levels = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(store);
        if (search.Problems() is { Count: > 0 } problems)
            throw new ArgumentException(string.Join(" ", problems), nameof(search));

        var key = LoadSeriesKey.Of(options, LoadSeries.Capacity, search.KeySettings());
        var previous = search.Resume ? await LoadSeriesRuns.FindNewestAsync(store, options.ModelId, LoadSeries.Capacity, key, cancellationToken).ConfigureAwait(false) : null;
        var measured = new List<CapacityLevel>();
        if (previous is not null)
            foreach (var (series, run) in previous.Finished)
                measured.Add(await JudgeAsync(store, search.Slo, series.Level, run.Id, resumed: true, cancellationToken).ConfigureAwait(false));
        measured = InPlanOrder(search.Plan, measured);
        // A finished search is a result, not something to continue: the same command then starts a new one.
        if (previous is not null && search.Plan.Next(Verdicts(measured)).Stop is not null)
        {
            previous = null;
            measured.Clear();
        }
        foreach (var level in measured)
            levels?.Report(level);
        var searchId = previous?.SeriesId ?? LoadSeries.NewId(LoadSeries.Capacity, _clock.GetUtcNow());

        CapacityStep step;
        while ((step = search.Plan.Next(Verdicts(measured))).NextLevel is { } next)
        {
            // Checked before a level's run is created, so that an interruption between levels leaves no empty run behind.
            cancellationToken.ThrowIfCancellationRequested();
            var at = AtLevel(options, search, next) with
            {
                Series = new LoadSeries(LoadSeries.Capacity, searchId, key, next) { Slo = search.Slo },
                Origin = previous is null ? options.Origin : previous.OriginFor(next, options.Origin),
            };
            var summary = await _runner.RunAsync(provider, at, store, progress, cancellationToken).ConfigureAwait(false);
            var level = await JudgeAsync(store, search.Slo, next, summary.RunId!, resumed: false, cancellationToken).ConfigureAwait(false);
            measured.Add(level);
            levels?.Report(level);
        }
        return new CapacitySearchResult(searchId, search.Mode, search.Slo, measured, CapacityFrontier.Of(Verdicts(measured), step.Stop!.Value));
    }

    /// <summary>The run options of one level: its streams (with enough requests for each) or its arrival rate.</summary>
    public static PerfRunOptions AtLevel(PerfRunOptions options, CapacitySearchOptions search, double level)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(search);
        return search.Mode == CapacityMode.Concurrency
            ? options with { Concurrency = (int)level, RatePerSecond = null, Requests = Math.Max(options.Requests, search.RequestsPerStream * (int)level) }
            : options with { RatePerSecond = level };
    }

    private static async Task<CapacityLevel> JudgeAsync(IRunStore store, LoadSlo slo, double level, string runId, bool resumed, CancellationToken cancellationToken)
    {
        var samples = await store.GetSamplesAsync(runId, cancellationToken).ConfigureAwait(false);
        var verdict = new LevelVerdict(level, runId, slo.Check(samples), SaturationTest.Of(samples));
        return new CapacityLevel(verdict, PerfRunner.Summarise(samples, runId, null), resumed);
    }

    /// <summary>
    /// Stored levels in the order the plan measures them (start times are stored to the second, too coarse to order
    /// levels a second apart); levels the replay does not reach (stored by an inconsistent earlier search) come last.
    /// </summary>
    private static List<CapacityLevel> InPlanOrder(CapacitySearchPlan plan, List<CapacityLevel> stored)
    {
        var ordered = new List<CapacityLevel>(stored.Count);
        while (plan.Next(Verdicts(ordered)).NextLevel is { } next && stored.FirstOrDefault(l => l.Verdict.Level == next) is { } level)
            ordered.Add(level);
        ordered.AddRange(stored.Where(l => !ordered.Contains(l)));
        return ordered;
    }

    private static List<LevelVerdict> Verdicts(List<CapacityLevel> measured) => measured.Select(l => l.Verdict).ToList();
}
