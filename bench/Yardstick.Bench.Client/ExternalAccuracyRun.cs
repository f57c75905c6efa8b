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
/// N concurrent streams through the whole measuring pipeline against <c>Yardstick.Bench.StreamServer</c> in its own
/// process. Per request: TTFT error = measured TTFT − (server's first send − server's arrival of the request); the
/// server's delays (late sends) are in its log and so never count against the client, while every client delay (slow to
/// write the request, slow to read the event) does. CPU is this process's user + system time over the run.
/// </summary>
internal static class ExternalAccuracyRun
{
    public static async Task<ExternalAccuracyLevel> MeasureAsync(int streams, int requests, StreamSchedule schedule, CancellationToken cancellationToken)
    {
        var server = await ExternalStreamServer.StartAsync(schedule, cancellationToken: cancellationToken);
        await using var _ = server;
        var probe = new StartTimesProbe(new OpenAiChatProvider(ProviderHttpClients.Create(TimeSpan.FromSeconds(30)),
            new OpenAiChatProviderOptions { BaseUrl = server.BaseUrl, Model = "scheduled", IdleTimeout = TimeSpan.FromSeconds(60), FirstByteTimeout = TimeSpan.FromSeconds(60) }));
        var store = new InMemoryRunStore();
        var options = new PerfRunOptions
        {
            ApiStyle = "openai-chat", BaseUrl = server.BaseUrl.ToString(), ModelId = "scheduled", PromptTokens = 16,
            Requests = requests, Concurrency = streams, WarmupRequests = streams, MaxTokens = schedule.TotalTokens,
            StorePromptText = true, StoreText = false, SampleBatchSize = 256,
        };
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var summary = await new PerfRunner().RunAsync(probe, options, store, cancellationToken: cancellationToken);
        wall.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var (served, late) = await server.StopAsync(cancellationToken);

        var all = await store.GetSamplesAsync(summary.RunId!, cancellationToken);
        var samples = all.Where(s => s.Succeeded && !PerfAnalysis.IsWarmup(s)).ToList();
        var ttftErrors = new List<double>();
        var issueT0Errors = new List<double>();
        var sendLags = new List<double>();
        var receiveErrors = new List<double>();
        var speedErrors = new List<double>();
        foreach (var sample in samples)
        {
            if (!served.TryGetValue(sample.PromptText!, out var request) || !probe.Starts.TryGetValue(sample.PromptText!, out var t0))
                continue;
            var metrics = RequestMetrics.From(sample)!;
            var sends = request.WriteTimestamps;
            ttftErrors.Add(metrics.TtftSeconds - Seconds(sends[0] - request.ArrivedTimestamp));
            issueT0Errors.Add(metrics.TtftSeconds + (SampleDetails.Number(sample, SampleDetails.SendLagSeconds) ?? 0) - Seconds(sends[0] - request.ArrivedTimestamp));
            sendLags.Add(Seconds(request.ArrivedTimestamp - t0));
            receiveErrors.Add(metrics.TtftSeconds - Seconds(sends[0] - t0));
            var reference = (schedule.TotalTokens - schedule.TokensPerChunk) / Seconds(sends[^1] - sends[0]);
            speedErrors.Add(metrics.OutputTokensPerSecond / reference - 1);
        }
        return new ExternalAccuracyLevel(
            streams, requests, summary.Requests.Ok, summary.Requests.Failed,
            Percentiles.Of(ttftErrors, 50) * 1000, Percentiles.Of(ttftErrors, 95) * 1000, Percentiles.Of(issueT0Errors, 50) * 1000,
            Percentiles.Of(sendLags, 50) * 1000, Percentiles.Of(receiveErrors, 50) * 1000,
            Percentiles.Of(speedErrors, 50), Percentiles.Of(speedErrors, 95),
            all.Sum(s => (long)s.TokenEvents), cpu, wall.Elapsed.TotalSeconds, late, summary.Warnings);
    }

    private static double Seconds(long ticks) => ticks / (double)Stopwatch.Frequency;
}
