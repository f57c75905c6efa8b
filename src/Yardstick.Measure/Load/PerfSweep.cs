using Yardstick.Core.Providers;
using Yardstick.Core.Runs;

namespace Yardstick.Measure.Load;

/// <summary>
/// Fixed-concurrency sweeps (1, 2, 4 … N) or request-rate sweeps: one stored run per level, so each level's figures are
/// recomputable on their own. Each level sends at least one request per stream. The levels are tagged as one series
/// (<see cref="LoadSeries"/>, kind sweep) so that pages can draw them as one curve.
/// </summary>
public sealed class PerfSweep(PerfRunner? runner = null)
{
    private readonly PerfRunner _runner = runner ?? new PerfRunner();

    /// <summary>1, 2, 4 … up to <paramref name="maxConcurrency"/> (included even when it is not a power of two).</summary>
    public static IReadOnlyList<int> PowersOfTwo(int maxConcurrency)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        var levels = new List<int>();
        for (var level = 1; level < maxConcurrency; level *= 2)
            levels.Add(level);
        levels.Add(maxConcurrency);
        return levels;
    }

    public async Task<IReadOnlyList<SweepPoint>> ConcurrencyAsync(ICompletionProvider provider, PerfRunOptions options, IReadOnlyList<int> levels,
        IRunStore store, IProgress<PerfProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(levels);
        var points = new List<SweepPoint>(levels.Count);
        var (id, key) = Series(options, "concurrency");
        foreach (var level in levels)
        {
            var at = options with { Concurrency = level, RatePerSecond = null, Requests = Math.Max(options.Requests, level), Series = new LoadSeries(LoadSeries.Sweep, id, key, level) };
            points.Add(new SweepPoint(level, await _runner.RunAsync(provider, at, store, progress, cancellationToken).ConfigureAwait(false)));
        }
        return points;
    }

    public async Task<IReadOnlyList<SweepPoint>> RateAsync(ICompletionProvider provider, PerfRunOptions options, IReadOnlyList<double> ratesPerSecond,
        IRunStore store, IProgress<PerfProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ratesPerSecond);
        var points = new List<SweepPoint>(ratesPerSecond.Count);
        var (id, key) = Series(options, "rate");
        foreach (var rate in ratesPerSecond)
        {
            var at = options with { RatePerSecond = rate, Series = new LoadSeries(LoadSeries.Sweep, id, key, rate) };
            points.Add(new SweepPoint(rate, await _runner.RunAsync(provider, at, store, progress, cancellationToken).ConfigureAwait(false)));
        }
        return points;
    }

    private static (string Id, string Key) Series(PerfRunOptions options, string by) =>
        (LoadSeries.NewId(LoadSeries.Sweep, DateTimeOffset.UtcNow), LoadSeriesKey.Of(options, LoadSeries.Sweep, new Dictionary<string, object?> { ["by"] = by }));
}
