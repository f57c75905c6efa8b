using System.Diagnostics;
using Yardstick.Core.Metrics;
using Yardstick.Core.Runs;
using Yardstick.Measure.Load;
using Yardstick.Measure.Tests.Workloads.Sessions;
using Yardstick.Measure.Workloads.Sessions;
using Yardstick.Measure.Workloads.Trace;

namespace Yardstick.Measure.Tests.Workloads.Trace;

public sealed class TraceReplayRunnerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static PerfRunOptions Options(Uri baseUrl, int concurrency = 1) => new()
    {
        ApiStyle = "openai-chat", BaseUrl = baseUrl.ToString(), ModelId = "m", Concurrency = concurrency, WarmupRequests = 1, MaxTokens = 256,
    };

    [Fact]
    public async Task Requests_go_out_at_their_timestamps_with_their_lengths_and_the_broken_lines_are_reported()
    {
        // Given a quick server and the sample trace replayed twice as fast
        await using var server = await ConversationServer.StartAsync(_ => new ChatReply(TimeSpan.Zero, [" a", " b"]));
        var store = new InMemoryRunStore();
        var replay = new TraceReplayOptions { Trace = MooncakeTrace.Load(SampleTrace.Path), Speed = 2 };

        // When it is replayed
        var result = await new TraceReplayRunner().RunAsync(server.Provider(), Options(server.BaseUrl), replay, store, cancellationToken: Ct);

        // Then the warm-up and the six good lines reached the server, each asking for its output_length, spread over the
        // trace's 260 ms at speed 2 (requests 25 ms apart may overtake each other on the way; the first may itself
        // arrive a little late, so the span allows 30 ms of that)
        var served = server.Requests.Skip(1).ToList();
        Assert.Equal([4, 4, 5, 6, 7, 8], served.Select(r => r.Body.GetProperty("max_tokens").GetInt32()).Order());
        var span = Stopwatch.GetElapsedTime(served.Min(r => r.ArrivalTimestamp), served.Max(r => r.ArrivalTimestamp));
        Assert.True(span >= TimeSpan.FromMilliseconds(230), $"span {span.TotalMilliseconds} ms");
        // and requests that share block ids share their prompt's text
        string Prompt(int maxTokens) => served.Single(r => r.Body.GetProperty("max_tokens").GetInt32() == maxTokens).Messages[0].Content;
        Assert.StartsWith(Prompt(8), Prompt(6), StringComparison.Ordinal);
        // and every sample keeps its trace line and replay lag
        var samples = (await store.GetSamplesAsync(result.Summary.RunId!, Ct)).Where(s => s.Sequence >= 0).OrderBy(s => s.Sequence).ToList();
        Assert.Equal(SampleTrace.GoodLines, samples.Select(s => SampleLabels.Int(SampleLabels.Of(s), TraceReplayRunner.LineKey)!.Value));
        Assert.All(samples, s => Assert.True(SampleDetails.Number(s, SampleDetails.ScheduleLagSeconds) >= 0));
        // and the report counts what was sent, the lag, and the broken lines by number
        var report = result.Report;
        Assert.Equal((6, 6), (report.TraceRequests, report.Sent));
        Assert.Equal(6, report.ReplayLagSeconds.N);
        Assert.Equal(0.26, report.ScheduledSpanSeconds, 9);
        Assert.Equal(3, report.BrokenLines);
        Assert.Equal([6, 7, 8], report.Broken.Select(b => b.Line));
        Assert.True(report.SharedBlockShare > 0.3, $"shared {report.SharedBlockShare}");
        var run = await store.GetRunAsync(result.Summary.RunId!, Ct);
        Assert.Contains("\"trace_broken_lines\":3", run!.ConfigurationJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_held_back_by_its_cap_is_reported_behind_the_trace()
    {
        // Given six requests all due at once and a server that takes 150 ms to answer
        await using var server = await ConversationServer.StartAsync(_ => new ChatReply(TimeSpan.FromMilliseconds(150), [" a"]));
        var lines = string.Join("\n", Enumerable.Range(0, 6).Select(i => $$"""{"timestamp": 0, "input_length": 20, "output_length": 2, "hash_ids": [{{i}}]}"""));
        var replay = new TraceReplayOptions { Trace = MooncakeTrace.Parse(new StringReader(lines)) };

        // When at most two may be in flight
        var result = await new TraceReplayRunner().RunAsync(server.Provider(), Options(server.BaseUrl, concurrency: 2), replay, new InMemoryRunStore(), cancellationToken: Ct);

        // Then the later requests were sent at least one answer late, and the report says the client fell behind
        var lag = result.Report.ReplayLagSeconds;
        Assert.True(lag.Max >= 0.29, $"max lag {lag.Max}");
        Assert.True(lag.Behind);
    }
}
