using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Measure.Load;
using Yardstick.Measure.Load.Ladder;
using Yardstick.Measure.Tests.Load;

namespace Yardstick.Measure.Tests.Load.Ladder;

public sealed class LoadLadderTests
{
    [Fact]
    public async Task Each_step_is_a_stored_run_of_the_ladder_with_system_and_per_user_throughput()
    {
        // Given a ladder up to 8 streams with 2 requests per phase (at least one per stream)
        var store = new InMemoryRunStore();
        var provider = new ConcurrencyProbeProvider();

        // When it climbs
        var result = await new LoadLadder().RunAsync(provider, Options(), new LadderOptions { Maximum = 8 }, store, cancellationToken: TestContext.Current.CancellationToken);

        // Then it measured 1, 2, 4 and 8 streams, each its own run tagged with the ladder, each with both throughputs
        Assert.Equal([1, 2, 4, 8], result.Steps.Select(s => s.Concurrency));
        Assert.Equal([2, 2, 4, 8], result.Steps.Select(s => s.Summary.Requests.Ok));
        Assert.Null(result.StoppedBecause);
        Assert.All(result.Steps, s => Assert.True(s.Summary.Throughput!.SystemOutputTokensPerSecond > 0 && s.Summary.Throughput.PerUserOutputTokensPerSecond > 0));
        var runs = await store.ListRunsAsync(new RunQuery(RunKind.Perf), TestContext.Current.CancellationToken);
        Assert.Equal([1.0, 2, 4, 8], runs.Select(r => LoadSeries.Read(r)!).Where(s => s.Id == result.SeriesId && s.Kind == LoadSeries.Ladder).Select(s => s.Level).Order());
        Assert.Equal(8, provider.MaxInFlight);
    }

    [Fact]
    public async Task The_ladder_stops_at_the_first_step_that_fails_the_outcome_policy()
    {
        // Given a server that refuses every request beyond 2 in flight, and runs failed beyond a quarter of failures
        var store = new InMemoryRunStore();
        var provider = new CappedProvider(2);
        var options = Options() with { OutcomePolicy = new RunOutcomePolicy { MaxFailedShare = 0.25 } };

        var result = await new LoadLadder().RunAsync(provider, options, new LadderOptions { Maximum = 64 }, store, cancellationToken: TestContext.Current.CancellationToken);

        // Then 4 streams is the last step, stored Failed, and the ladder says why it stopped
        Assert.Equal([1, 2, 4], result.Steps.Select(s => s.Concurrency));
        Assert.Equal(RunStatus.Failed, result.Steps[^1].Status);
        Assert.StartsWith("4 streams: ", result.StoppedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fixed_length_phase_ends_by_time_not_by_a_request_count()
    {
        var store = new InMemoryRunStore();
        var ladder = new LadderOptions { Maximum = 2, PhaseDuration = TimeSpan.FromMilliseconds(300) };

        var result = await new LoadLadder().RunAsync(new ConcurrencyProbeProvider(delayMilliseconds: 20), Options(), ladder, store, cancellationToken: TestContext.Current.CancellationToken);

        // Then each phase sent more than one request per stream, and stopped long before the request cap
        Assert.All(result.Steps, s => Assert.InRange(s.Summary.Requests.Ok, s.Concurrency + 1, LadderOptions.PhaseRequestCap / 1000));
        var run = await store.GetRunAsync(result.Steps[0].Summary.RunId!, TestContext.Current.CancellationToken);
        Assert.Contains("\"phase_s\":0.3", run!.ConfigurationJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rerunning_an_interrupted_ladder_keeps_its_finished_steps()
    {
        // Given a ladder interrupted as its 2-stream step was stored
        var store = new InMemoryRunStore();
        var provider = new ConcurrencyProbeProvider();
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var steps = new SynchronousProgress<LadderStep>(s =>
        {
            if (s.Concurrency == 2)
                interrupt.Cancel();
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new LoadLadder().RunAsync(provider, Options(), new LadderOptions { Maximum = 8 }, store, steps: steps, cancellationToken: interrupt.Token));
        var callsBefore = provider.Calls;

        // When it runs again
        var result = await new LoadLadder().RunAsync(provider, Options(), new LadderOptions { Maximum = 8 }, store, cancellationToken: TestContext.Current.CancellationToken);

        // Then 1 and 2 are kept and only 4 and 8 were measured
        Assert.Equal([true, true, false, false], result.Steps.Select(s => s.Resumed));
        Assert.Equal(4 + 8, provider.Calls - callsBefore);
    }

    private static PerfRunOptions Options() => new()
    {
        ApiStyle = "openai-chat", BaseUrl = "http://x/v1", ModelId = "probe", PromptTokens = 16, Requests = 2, WarmupRequests = 0, MaxTokens = 3,
    };

    /// <summary>Answers like <see cref="ConcurrencyProbeProvider"/> but refuses (HTTP 503) any request beyond its cap in flight.</summary>
    private sealed class CappedProvider(int cap) : ICompletionProvider
    {
        private readonly ConcurrencyProbeProvider _inner = new(delayMilliseconds: 30);
        private int _inFlight;

        public string Describe => "capped";

        public async IAsyncEnumerable<CompletionEvent> StreamAsync(CompletionRequest request, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            var now = Interlocked.Increment(ref _inFlight);
            try
            {
                if (now > cap)
                    throw new ProviderException(ErrorKind.ServerError, "overloaded", 503);
                await foreach (var e in _inner.StreamAsync(request, cancellationToken))
                    yield return e;
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }
}
