using System.Diagnostics;
using System.Text.Json.Nodes;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Measure.Load;
using Yardstick.Measure.Recording;
using Yardstick.Measure.Workloads.Sessions;

namespace Yardstick.Measure.Workloads.Trace;

/// <summary>
/// Replays a Mooncake trace open-loop: request i is sent at (timestamp_i − timestamp_0) ÷ speed after the start,
/// whatever the answers before it are doing (absolute times, so delays never accumulate), with its prompt built from
/// its blocks (<see cref="TraceBlocks"/>) before its time comes and <c>max_tokens</c> = its <c>output_length</c>
/// (<c>ignore_eos</c> and <c>min_tokens</c> too when the run sends them). <c>Concurrency</c> above 1 caps requests in
/// flight; a request that waits for the cap is late, and its lag says so. Each sample keeps its trace line, scheduled
/// time and replay lag (<c>schedule_lag_s</c>).
/// </summary>
public sealed class TraceReplayRunner(SampleRecorder? recorder = null, TimeProvider? clock = null)
{
    public const string LineKey = "trace_line";
    public const string ScheduledKey = "scheduled_s";

    public Task<WorkloadResult<TraceReplayReport>> RunAsync(ICompletionProvider provider, PerfRunOptions options, TraceReplayOptions replay, IRunStore store,
        IProgress<PerfProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(replay);
        if (replay.Problems() is { Count: > 0 } problems)
            throw new ArgumentException(string.Join(" ", problems), nameof(replay));
        var broken = new JsonArray([.. replay.Trace.Problems.Take(TraceReplayReport.ListedProblems)
            .Select(p => (JsonNode)new JsonObject { ["line"] = p.Line, ["error"] = p.Error })]);
        var identity = new WorkloadIdentity("trace", "1", new JsonObject
        {
            ["trace_requests"] = replay.Trace.Entries.Count,
            ["trace_speed"] = replay.Speed,
            ["trace_format"] = "mooncake",
            ["block_tokens"] = MooncakeTrace.BlockTokens,
            ["block_salt"] = replay.Salt,
            ["trace_broken_lines"] = replay.Trace.Problems.Count,
            ["trace_broken"] = broken,
        });
        return WorkloadRun.ExecuteAsync(store, options, identity, replay.Trace.Entries.Count, (run, token) => ReplayAsync(provider, run, replay, token),
            samples => TraceReplayReport.Of(samples, replay), recorder, clock, progress, cancellationToken);
    }

    private static async Task ReplayAsync(ICompletionProvider provider, WorkloadRun run, TraceReplayOptions replay, CancellationToken cancellationToken)
    {
        await run.WarmUpAsync(provider, "trace", parallel: 1, cancellationToken).ConfigureAwait(false);
        var entries = replay.Trace.Entries;
        using var cap = run.Options.Concurrency > 1 ? new SemaphoreSlim(run.Options.Concurrency) : null;
        var requests = new List<Task>(entries.Count);
        var start = Stopwatch.GetTimestamp();
        for (var sequence = 0; sequence < entries.Count; sequence++)
        {
            var entry = entries[sequence];
            var offsetSeconds = (entry.TimestampMilliseconds - entries[0].TimestampMilliseconds) / 1000 / replay.Speed;
            var request = new WorkloadRequest($"trace/line{entry.Line}", sequence, [ChatMessage.User(TraceBlocks.Prompt(entry, replay.Salt))], entry.InputLength)
            {
                MaxTokens = entry.OutputLength,
                DueTimestamp = start + (long)(offsetSeconds * Stopwatch.Frequency),
                Details = new JsonObject { [LineKey] = entry.Line, [ScheduledKey] = Math.Round(offsetSeconds, 6) },
            };
            var wait = offsetSeconds - Stopwatch.GetElapsedTime(start).TotalSeconds;
            if (wait > 0)
                await Task.Delay(TimeSpan.FromSeconds(wait), cancellationToken).ConfigureAwait(false);
            if (cap is not null)
                await cap.WaitAsync(cancellationToken).ConfigureAwait(false);
            requests.Add(Task.Run(async () =>
            {
                try
                {
                    await run.SendAsync(provider, request, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    cap?.Release();
                }
            }, CancellationToken.None));
        }
        await Task.WhenAll(requests).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
