using Yardstick.Core.Metrics;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;

namespace Yardstick.Measure.Load;

/// <summary>
/// Runs one configuration <c>N</c> times in a row, each a stored run of its own whose configuration carries the shared
/// <c>group_id</c> and its <c>repeat</c> index, and summarises how each headline figure varies across the runs.
/// Run-to-run variation (server state, neighbours on shared hardware) is usually larger than what one run's
/// percentiles show; the interval across runs is the honest error bar for a headline figure.
/// </summary>
public sealed class PerfRepeats(PerfRunner? runner = null)
{
    private readonly PerfRunner _runner = runner ?? new PerfRunner();

    public async Task<RepeatGroupSummary> RunAsync(ICompletionProvider provider, PerfRunOptions options, int repeats, IRunStore store,
        IProgress<PerfProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        var group = options.GroupId ?? $"group-{Guid.NewGuid():N}";
        var runs = new List<PerfSummary>(repeats);
        for (var repeat = 0; repeat < repeats; repeat++)
            runs.Add(await _runner.RunAsync(provider, options with { GroupId = group, Repeat = repeat }, store, progress, cancellationToken).ConfigureAwait(false));
        return new RepeatGroupSummary(group, runs, RepeatSummary.Of(runs));
    }
}
