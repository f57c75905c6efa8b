using Yardstick.Core.Metrics;
using Yardstick.Core.Pricing;
using Yardstick.Core.Providers;

namespace Yardstick.Core.Runs;

/// <summary>
/// The whole-run figures pages need that only the samples hold (medians recomputed from the samples, sample counts,
/// the run's throughput at its load), computed once when the run completes and kept beside it, so that no page reads
/// a run's samples to draw a model, the leaderboard or the API's model list. Recomputable from the samples at any time.
/// </summary>
public sealed record RunFigures
{
    public required string RunId { get; init; }
    public required int Samples { get; init; }
    public required int FailedSamples { get; init; }
    /// <summary>Median TTFT recomputed from the samples (perf runs; warm-up excluded), null when none could be timed.</summary>
    public double? TtftP50Seconds { get; init; }
    public double? TtftP99Seconds { get; init; }
    public double? OutputTokensPerSecondP50 { get; init; }
    public double? E2eLatencyP50Seconds { get; init; }
    /// <summary>Successful timed requests (perf), as the recomputed summary counts them.</summary>
    public int SucceededRequests { get; init; }
    /// <summary>The run's throughput at its load (<see cref="LoadThroughput.Of"/>), without a goodput fraction.</summary>
    public required LoadThroughput Throughput { get; init; }

    /// <summary>The figures of <paramref name="runId"/> from its samples (any order).</summary>
    public static RunFigures Of(string runId, IReadOnlyList<SampleRecord> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        PerfSummary? summary;
        try
        {
            summary = PerfAnalysis.Summarise(samples, runId, []);
        }
        catch (FormatException)
        {
            // A stored timeline that cannot be decoded: the medians are unknown (null), while the counts and the
            // throughput (which need no timeline) still stand, and the run still completes.
            summary = null;
        }
        return new RunFigures
        {
            RunId = runId,
            Samples = samples.Count,
            FailedSamples = samples.Count(s => s.ErrorKind != ErrorKind.None),
            TtftP50Seconds = Finite(summary?.TtftSeconds.P50),
            TtftP99Seconds = Finite(summary?.TtftSeconds.P99),
            OutputTokensPerSecondP50 = Finite(summary?.OutputTokensPerSecond.P50),
            E2eLatencyP50Seconds = Finite(summary?.E2eLatencySeconds.P50),
            SucceededRequests = summary?.Requests.Ok ?? 0,
            Throughput = LoadThroughput.Of(runId, samples),
        };
    }

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
