using Yardstick.Core.Metrics;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;

namespace Yardstick.Measure.Load.Ladder;

/// <summary>
/// Climbs the ladder (<see cref="LadderLevels"/>): one stored perf run per step, tagged with the ladder
/// (<see cref="LoadSeries"/>), each a closed loop of that many streams for a fixed phase. It stops at the first step the
/// run's outcome policy stores as Failed (too many errors), since every higher step would only fail harder. Resumable
/// as the capacity search is: rerunning the same configuration keeps the finished steps and resumes an interrupted one.
/// </summary>
public sealed class LoadLadder(PerfRunner? runner = null, TimeProvider? clock = null)
{
    private readonly PerfRunner _runner = runner ?? new PerfRunner();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public async Task<LadderResult> RunAsync(ICompletionProvider provider, PerfRunOptions options, LadderOptions ladder, IRunStore store,
        IProgress<PerfProgress>? progress = null, IProgress<LadderStep>? steps = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentNullException.ThrowIfNull(store);
        if (ladder.Problems() is { Count: > 0 } problems)
            throw new ArgumentException(string.Join(" ", problems), nameof(ladder));

        var key = LoadSeriesKey.Of(options, LoadSeries.Ladder, ladder.KeySettings());
        var previous = ladder.Resume ? await LoadSeriesRuns.FindNewestAsync(store, options.ModelId, LoadSeries.Ladder, key, cancellationToken).ConfigureAwait(false) : null;
        var done = new List<LadderStep>();
        if (previous is not null)
            foreach (var (series, run) in previous.Finished.OrderBy(l => l.Series.Level))
                done.Add(await StepAsync(store, (int)series.Level, run.Id, resumed: true, cancellationToken).ConfigureAwait(false));
        var levels = LadderLevels.Of(ladder.Maximum);
        // A finished ladder (top reached, or stopped by a failed step) is a result: the same command then starts a new one.
        if (previous is not null && (done.Any(s => s.Status == RunStatus.Failed) || levels.All(l => done.Any(s => s.Concurrency == l))))
        {
            previous = null;
            done.Clear();
        }
        foreach (var step in done)
            steps?.Report(step);
        var seriesId = previous?.SeriesId ?? LoadSeries.NewId(LoadSeries.Ladder, _clock.GetUtcNow());

        foreach (var level in levels.Where(l => done.All(s => s.Concurrency != l)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var at = options with
            {
                Concurrency = level,
                RatePerSecond = null,
                Requests = ladder.PhaseDuration is null ? Math.Max(options.Requests, level) : LadderOptions.PhaseRequestCap,
                PhaseDuration = ladder.PhaseDuration,
                Series = new LoadSeries(LoadSeries.Ladder, seriesId, key, level),
                Origin = previous is null ? options.Origin : previous.OriginFor(level, options.Origin),
            };
            var summary = await _runner.RunAsync(provider, at, store, progress, cancellationToken).ConfigureAwait(false);
            var step = await StepAsync(store, level, summary.RunId!, resumed: false, cancellationToken).ConfigureAwait(false);
            done.Add(step);
            steps?.Report(step);
            if (step.Status == RunStatus.Failed)
                return new LadderResult(seriesId, done, $"{level} streams: {step.FailureReason}");
        }
        return new LadderResult(seriesId, done, done.FirstOrDefault(s => s.Status == RunStatus.Failed) is { } failed ? $"{failed.Concurrency} streams: {failed.FailureReason}" : null);
    }

    private static async Task<LadderStep> StepAsync(IRunStore store, int level, string runId, bool resumed, CancellationToken cancellationToken)
    {
        var run = await store.GetRunAsync(runId, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException($"run {runId} is not stored");
        var samples = await store.GetSamplesAsync(runId, cancellationToken).ConfigureAwait(false);
        return new LadderStep(level, PerfRunner.Summarise(samples, runId, null), run.Status, run.FailureReason, resumed);
    }
}
