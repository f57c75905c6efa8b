using Yardstick.Core.Metrics.Capacity;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Measure.Load;
using Yardstick.Measure.Load.Capacity;
using Yardstick.Measure.Tests.Load;
using Yardstick.Providers.Http;
using Yardstick.Providers.OpenAiCompatible;

namespace Yardstick.Measure.Tests.Load.Capacity;

/// <summary>
/// The search end to end, through the HTTP provider, against a loopback server with 6 slots of 200 ms: up to 6 streams
/// no request waits (TTFT a few ms), from 7 on one request per wave waits about 200 ms for a slot, so p95 TTFT jumps
/// past a 100 ms bound exactly at 7.
/// </summary>
[Collection(nameof(Accuracy.AccuracyTests))]
public sealed class CapacitySearchTests
{
    private const int Knee = 6;

    [Fact]
    public async Task The_search_finds_the_knee_of_a_server_with_a_known_capacity()
    {
        // Given the 6-slot server and a p95 TTFT objective of 100 ms
        await using var server = await SlotServer.StartAsync(Knee, serviceMilliseconds: 200);
        var store = new InMemoryRunStore();

        // When the concurrency search runs from 1 up to at most 64 streams
        var result = await new CapacitySearch().RunAsync(Provider(server), Options(server), Search(), store, cancellationToken: TestContext.Current.CancellationToken);

        // Then it doubled to 8, bisected to 6 and 7, and states 6 as the highest passing level, TTFT failing at 7
        Assert.Equal([1.0, 2, 4, 8, 6, 7], result.Levels.Select(l => l.Verdict.Level));
        Assert.Equal((6.0, 7.0), (result.Frontier.MaxPassingLevel!.Value, result.Frontier.FirstFailingLevel!.Value));
        Assert.Equal(LoadSlo.Ttft, result.Frontier.FailingSlo);
        Assert.InRange(result.Frontier.EstimatedLevel!.Value, 6, 7);
        // And every level is a stored run of the search, with its samples
        var runs = await store.ListRunsAsync(new RunQuery(RunKind.Perf), TestContext.Current.CancellationToken);
        Assert.Equal(6, runs.Count);
        Assert.All(runs, r => Assert.Equal(result.SearchId, LoadSeries.Read(r)!.Id));
        foreach (var level in result.Levels)
            Assert.Equal(level.Summary.Requests.Ok, (await store.GetSamplesAsync(level.Verdict.RunId, TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task An_interrupted_search_continues_from_the_levels_it_stored()
    {
        // Given a search interrupted (as Ctrl-C does) in the middle of its 8-stream level, after 1, 2 and 4 were stored
        await using var server = await SlotServer.StartAsync(Knee, serviceMilliseconds: 200);
        var store = new InMemoryRunStore();
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var reachedEight = 0;
        var levels = new SynchronousProgress<CapacityLevel>(level => Volatile.Write(ref reachedEight, level.Verdict.Level == 4 ? 1 : reachedEight));
        var progress = new SynchronousProgress<PerfProgress>(p =>
        {
            if (Volatile.Read(ref reachedEight) == 1 && !p.Warmup && p.Completed >= 4)
                interrupt.Cancel();
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new CapacitySearch().RunAsync(Provider(server), Options(server), Search(), store, progress, levels, interrupt.Token));
        var eight = (await store.ListRunsAsync(new RunQuery(RunKind.Perf), TestContext.Current.CancellationToken)).Single(r => LoadSeries.Read(r)!.Level == 8);
        Assert.Equal(RunStatus.Interrupted, eight.Status);
        // (requests cut off in flight are stored as cancelled and sent again on resume)
        var storedAtEight = (await store.GetSamplesAsync(eight.Id, TestContext.Current.CancellationToken)).Count(s => s.ErrorKind != ErrorKind.Cancelled);
        var requestsBefore = server.Requests;

        // When the same search is run again
        var result = await new CapacitySearch().RunAsync(Provider(server), Options(server), Search(), store, cancellationToken: TestContext.Current.CancellationToken);

        // Then the three stored levels are taken as measured, the interrupted one is resumed in its own run, and the search
        // ends at the same frontier
        Assert.Equal([1.0, 2, 4, 8, 6, 7], result.Levels.Select(l => l.Verdict.Level));
        Assert.Equal([true, true, true, false, false, false], result.Levels.Select(l => l.Resumed));
        Assert.Equal(eight.Id, result.Levels[3].Verdict.RunId);
        Assert.Equal(6.0, result.Frontier.MaxPassingLevel);
        // And no stored request was sent again: only the rest of the 8-stream level, then the 6- and 7-stream levels
        Assert.Equal(16 - storedAtEight + 12 + 14, server.Requests - requestsBefore);
        Assert.Equal(6, (await store.ListRunsAsync(new RunQuery(RunKind.Perf), TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task A_finished_search_is_not_resumed_by_the_next_one()
    {
        await using var server = await SlotServer.StartAsync(2, serviceMilliseconds: 40);
        var store = new InMemoryRunStore();
        var search = Search() with { Plan = new CapacitySearchPlan(1, 2, Integer: true) };

        var first = await new CapacitySearch().RunAsync(Provider(server), Options(server), search, store, cancellationToken: TestContext.Current.CancellationToken);
        var second = await new CapacitySearch().RunAsync(Provider(server), Options(server), search, store, cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEqual(first.SearchId, second.SearchId);
        Assert.All(second.Levels, l => Assert.False(l.Resumed));
    }

    [Fact]
    public async Task A_rate_beyond_capacity_shows_as_a_queue_that_grows_without_bound()
    {
        // Given a server that serves 2 requests at once for 100 ms each (20 requests/s), and arrivals at 60/s
        await using var server = await SlotServer.StartAsync(2, serviceMilliseconds: 100);
        var store = new InMemoryRunStore();
        var options = Options(server) with { Requests = 40, RatePerSecond = 60 };

        // When one level is measured
        var summary = await new PerfRunner().RunAsync(Provider(server), options, store, cancellationToken: TestContext.Current.CancellationToken);

        // Then its requests' waits grow with their arrival: the saturation test says so
        var verdict = SaturationTest.Of(await store.GetSamplesAsync(summary.RunId!, TestContext.Current.CancellationToken));
        Assert.True(verdict.Saturated, verdict.ToString());
    }

    private static OpenAiChatProvider Provider(SlotServer server) =>
        new(ProviderHttpClients.Create(TimeSpan.FromSeconds(30)), new OpenAiChatProviderOptions { BaseUrl = server.BaseUrl, Model = "slots" });

    private static PerfRunOptions Options(SlotServer server) => new()
    {
        ApiStyle = "openai-chat", BaseUrl = server.BaseUrl.ToString(), ModelId = "slots", PromptTokens = 16, Requests = 4, WarmupRequests = 0, MaxTokens = 5,
    };

    private static CapacitySearchOptions Search() => new()
    {
        Mode = CapacityMode.Concurrency,
        Plan = new CapacitySearchPlan(1, 64, Integer: true),
        Slo = new LoadSlo(TtftSeconds: 0.1),
    };
}
