using System.Diagnostics;
using Yardstick.Core.Metrics;
using Yardstick.Core.Runs;
using Yardstick.Core.Statistics;
using Yardstick.Measure.Load;
using Yardstick.Providers.Http;
using Yardstick.Providers.OpenAiCompatible;
using Yardstick.Tests.Loopback;

namespace Yardstick.Bench.Client;

/// <summary>
/// One level: N streams through the whole measuring pipeline (HTTP client, SSE parsing, recorder, runner, in-memory
/// store) against the scheduled server; each request's TTFT, speed and inter-token gaps are compared with the server's
/// send log on the same monotonic clock.
/// </summary>
internal static class CapacityRun
{
    public static async Task<CapacityLevel> MeasureAsync(int streams, StreamSchedule schedule, bool kernelTimestamps, int senderThreads, CancellationToken cancellationToken)
    {
        await using var server = new ScheduledStreamServer(schedule, senderThreads: senderThreads);
        var probe = new StartTimesProbe(new OpenAiChatProvider(ProviderHttpClients.Create(TimeSpan.FromSeconds(30), kernelTimestamps),
            new OpenAiChatProviderOptions { BaseUrl = server.BaseUrl, Model = "scheduled", IdleTimeout = TimeSpan.FromSeconds(60), FirstByteTimeout = TimeSpan.FromSeconds(60) }));
        var store = new InMemoryRunStore();
        var options = new PerfRunOptions
        {
            ApiStyle = "openai-chat", BaseUrl = server.BaseUrl.ToString(), ModelId = "scheduled", PromptTokens = 16,
            Requests = streams, Concurrency = streams, WarmupRequests = streams, MaxTokens = schedule.TotalTokens,
            StorePromptText = true, StoreText = false, SampleBatchSize = 256,
        };
        var summary = await new PerfRunner().RunAsync(probe, options, store, cancellationToken: cancellationToken);

        var samples = (await store.GetSamplesAsync(summary.RunId!, cancellationToken)).Where(s => s.Succeeded && !PerfAnalysis.IsWarmup(s)).ToList();
        var ttftErrors = new List<double>();
        var speedErrors = new List<double>();
        var gapErrors = new List<double>();
        foreach (var sample in samples)
        {
            if (!server.Served.TryGetValue(sample.PromptText!, out var served) || !probe.Starts.TryGetValue(sample.PromptText!, out var t0))
                continue;
            var metrics = RequestMetrics.From(sample)!;
            var writes = served.WriteTimestamps;
            ttftErrors.Add(metrics.TtftSeconds - Seconds(writes[0] - t0));
            var reference = (schedule.TotalTokens - schedule.TokensPerChunk) / Seconds(writes[^1] - writes[0]);
            speedErrors.Add(metrics.OutputTokensPerSecond / reference - 1);
            var timeline = EventTimeline.Decode(sample.Timeline);
            for (var i = 1; i < timeline.Count && i < writes.Count; i++)
                gapErrors.Add(timeline[i].OffsetSeconds - timeline[i - 1].OffsetSeconds - Seconds(writes[i] - writes[i - 1]));
        }
        // Events per second the client received while the streams ran: every event over the span of the server's sends.
        var log = samples.Select(s => server.Served.GetValueOrDefault(s.PromptText!)).OfType<ServedRequest>().ToList();
        var events = (double)samples.Sum(s => s.TokenEvents);
        var span = log.Count == 0 ? double.NaN : Seconds(log.Max(r => r.WriteTimestamps[^1]) - log.Min(r => r.WriteTimestamps[0]));
        return new CapacityLevel(
            streams,
            events / span,
            summary.Requests.Ok,
            summary.Requests.Failed,
            Percentiles.Of(ttftErrors, 50) * 1000,
            Percentiles.Of(ttftErrors, 95) * 1000,
            Percentiles.Of(speedErrors, 50),
            Percentiles.Of(speedErrors, 95),
            Percentiles.Of(gapErrors, 50) * 1000,
            server.LateChunks);
    }

    private static double Seconds(long ticks) => ticks / (double)Stopwatch.Frequency;
}
