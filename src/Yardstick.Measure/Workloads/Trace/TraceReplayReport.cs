using System.Text.Json.Serialization;
using Yardstick.Core.Metrics;
using Yardstick.Core.Metrics.Workloads;
using Yardstick.Core.Runs;
using Yardstick.Measure.Workloads.Sessions;

namespace Yardstick.Measure.Workloads.Trace;

/// <summary>
/// A trace replay's own figures: how many of the trace's requests were sent, the lines that could not be (with their
/// numbers), the replay lag (send time − scheduled time) and whether the client fell behind, and how much of the
/// trace's prompt text was shared (block references to an id seen before, over all block references).
/// </summary>
public sealed record TraceReplayReport : WorkloadReport
{
    /// <summary>Broken lines listed in full up to this many; the count is always complete.</summary>
    public const int ListedProblems = 100;

    [JsonIgnore] public override string Key => "trace";

    [JsonPropertyName("trace_requests")] public required int TraceRequests { get; init; }
    [JsonPropertyName("sent")] public required int Sent { get; init; }
    [JsonPropertyName("speed")] public required double Speed { get; init; }
    /// <summary>Seconds from the first scheduled request to the last, after the speed-up.</summary>
    [JsonPropertyName("scheduled_span_s")] public required double ScheduledSpanSeconds { get; init; }
    [JsonPropertyName("replay_lag_s")] public required ReplayLag ReplayLagSeconds { get; init; }
    [JsonPropertyName("shared_block_share")] public required double SharedBlockShare { get; init; }
    [JsonPropertyName("broken_lines")] public required int BrokenLines { get; init; }
    [JsonPropertyName("broken")] public required IReadOnlyList<TraceLineProblem> Broken { get; init; }

    public static TraceReplayReport Of(IReadOnlyList<SampleRecord> samples, TraceReplayOptions replay)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(replay);
        var measured = samples.Where(s => !PerfAnalysis.IsWarmup(s)).ToList();
        var entries = replay.Trace.Entries;
        var references = entries.Sum(e => e.HashIds.Count);
        var unique = entries.SelectMany(e => e.HashIds).Distinct().Count();
        return new TraceReplayReport
        {
            TraceRequests = entries.Count,
            Sent = measured.Count,
            Speed = replay.Speed,
            ScheduledSpanSeconds = entries.Count == 0 ? 0 : (entries[^1].TimestampMilliseconds - entries[0].TimestampMilliseconds) / 1000 / replay.Speed,
            ReplayLagSeconds = ReplayLag.Of(measured.Select(s => SampleDetails.Number(s, SampleDetails.ScheduleLagSeconds) ?? double.NaN), replay.BehindSeconds),
            SharedBlockShare = references == 0 ? double.NaN : 1 - (double)unique / references,
            BrokenLines = replay.Trace.Problems.Count,
            Broken = [.. replay.Trace.Problems.Take(ListedProblems)],
        };
    }
}
