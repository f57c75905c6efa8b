using Yardstick.Core.Metrics;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Pricing;

/// <summary>
/// What a whole serving system got through in one perf run at one load level: output tokens per second of wall time
/// and prompt tokens per second of prefill time (definitions: docs/pricing.md). Recomputable from the run's samples.
/// </summary>
public sealed record LoadThroughput
{
    public required string RunId { get; init; }
    /// <summary>Concurrency level or request rate the run was issued at (the samples' Load); null when not recorded.</summary>
    public double? Load { get; init; }
    public required int SucceededRequests { get; init; }
    public required long InputTokens { get; init; }
    public required long OutputTokens { get; init; }
    /// <summary>First measured request issued to the last token received.</summary>
    public required double WindowSeconds { get; init; }
    /// <summary>Wall time during which at least one successful request had been sent and had not yet received its first token.</summary>
    public required double PrefillSeconds { get; init; }
    /// <summary>Share of requests that met the run's SLOs; null when the run had none.</summary>
    public double? GoodputFraction { get; init; }

    /// <summary>System output tokens per second: output tokens / window.</summary>
    public double OutputTokensPerSecond => WindowSeconds > 0 ? OutputTokens / WindowSeconds : double.NaN;

    /// <summary>System prefill tokens per second: prompt tokens / prefill wall time.</summary>
    public double PrefillTokensPerSecond => PrefillSeconds > 0 ? InputTokens / PrefillSeconds : double.NaN;

    /// <summary>
    /// The run's throughput from its samples (warm-up excluded). Token counts are the native ones where the server
    /// reported them (what a price list charges for), else Yardstick's normalised counts.
    /// </summary>
    public static LoadThroughput Of(string runId, IReadOnlyList<SampleRecord> samples, double? goodputFraction = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var measured = samples.Where(s => !PerfAnalysis.IsWarmup(s)).ToList();
        var succeeded = measured.Where(s => s.Succeeded && s.TtftSeconds is not null).ToList();
        var window = 0.0;
        if (measured.Count > 0)
        {
            var start = measured.Min(s => s.RequestStartedUtc);
            var end = measured.Max(s => s.RequestStartedUtc + TimeSpan.FromSeconds(s.LastTokenSeconds ?? s.TtftSeconds ?? 0));
            window = (end - start).TotalSeconds;
        }
        return new LoadThroughput
        {
            RunId = runId,
            Load = measured.Where(s => s.Load is not null).GroupBy(s => s.Load).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault(),
            SucceededRequests = succeeded.Count,
            InputTokens = succeeded.Sum(s => (long)(s.InputTokensNative ?? s.InputTokensNormalised ?? 0)),
            OutputTokens = succeeded.Sum(s => (long)(s.OutputTokensNative ?? s.OutputTokensNormalised ?? 0)),
            WindowSeconds = window,
            PrefillSeconds = UnionSeconds(succeeded.Select(s => (s.RequestStartedUtc, s.TtftSeconds!.Value))),
            GoodputFraction = goodputFraction,
        };
    }

    /// <summary>Length of the union of the intervals [start, start + seconds]: overlapping prefills count once.</summary>
    internal static double UnionSeconds(IEnumerable<(DateTimeOffset Start, double Seconds)> intervals)
    {
        var total = 0.0;
        DateTimeOffset? openStart = null, openEnd = null;
        foreach (var (start, seconds) in intervals.Where(i => i.Seconds > 0).OrderBy(i => i.Start))
        {
            var end = start + TimeSpan.FromSeconds(seconds);
            if (openEnd is { } e && start <= e)
            {
                if (end > e)
                    openEnd = end;
                continue;
            }
            if (openStart is { } s0 && openEnd is { } e0)
                total += (e0 - s0).TotalSeconds;
            openStart = start;
            openEnd = end;
        }
        if (openStart is { } s1 && openEnd is { } e1)
            total += (e1 - s1).TotalSeconds;
        return total;
    }
}
