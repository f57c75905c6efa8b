using System.Text.Json;
using Yardstick.Core.Metrics;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Measure.Load;
using Yardstick.Measure.Workloads;

namespace Yardstick.Measure.Tests.Load;

public sealed class PerfRunnerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static PerfRunOptions Options(int requests = 10, int concurrency = 1, int warmup = 1) => new()
    {
        ApiStyle = "openai-chat",
        BaseUrl = "http://127.0.0.1:9/v1",
        ModelId = "probe",
        PromptTokens = 16,
        Requests = requests,
        Concurrency = concurrency,
        WarmupRequests = warmup,
        MaxTokens = 3,
        SampleBatchSize = 4,
    };

    [Fact]
    public async Task Every_sample_is_stored_and_the_run_completes_with_its_summary()
    {
        // Given a provider and an empty store
        var store = new InMemoryRunStore();

        // When 10 requests run after 2 warm-up requests
        var summary = await new PerfRunner().RunAsync(new ConcurrencyProbeProvider(), Options(warmup: 2), store, cancellationToken: Ct);

        // Then 12 samples are stored (warm-ups with negative sequences), the run is completed, and its stored summary
        // is the one returned and the one recomputed from the samples
        var run = await store.GetRunAsync(summary.RunId!, Ct);
        var samples = await store.GetSamplesAsync(summary.RunId!, Ct);
        Assert.Equal(12, samples.Count);
        Assert.Equal([-2, -1], samples.Where(PerfAnalysis.IsWarmup).Select(s => s.Sequence).Order());
        Assert.Equal(Enumerable.Range(0, 10), samples.Where(s => !PerfAnalysis.IsWarmup(s)).Select(s => s.Sequence).Order());
        Assert.Equal((RunKind.Perf, RunStatus.Completed, "prompt-length-16"), (run!.Kind, run.Status, run.Task));
        Assert.Equal(10, summary.Requests.Ok);
        Assert.Equal(PerfSummaryJson.Serialize(summary), run.SummaryJson);
        Assert.Equal(PerfSummaryJson.Serialize(PerfAnalysis.Summarise(samples, run.Id)), run.SummaryJson);
        using var configuration = JsonDocument.Parse(run.ConfigurationJson);
        Assert.Equal(10, configuration.RootElement.GetProperty("requests").GetInt32());
    }

    [Fact]
    public async Task A_run_where_every_request_failed_is_stored_failed_with_the_reason()
    {
        var store = new InMemoryRunStore();
        var refused = new ConcurrencyProbeProvider(failure: _ => new ProviderException(ErrorKind.ConnectionRefused, "Connection refused (127.0.0.1:9)"));

        var summary = await new PerfRunner().RunAsync(refused, Options(requests: 10, warmup: 2), store, cancellationToken: Ct);

        var run = await store.GetRunAsync(summary.RunId!, Ct);
        Assert.Equal((RunStatus.Failed, "all 10 requests failed: connection_refused (10)"), (run!.Status, run.FailureReason));
        Assert.NotNull(run.SummaryJson); // the figures stay readable on the run page
    }

    [Fact]
    public async Task A_run_holds_its_lease_while_it_runs_and_releases_it_at_the_end()
    {
        // Given a store that records the lease the run had when its first samples were stored
        var store = new LeaseWatchingStore(new InMemoryRunStore());

        // When a run of the reasoning workload repeats its sixty prompts
        var summary = await new PerfRunner().RunAsync(new ConcurrencyProbeProvider(delayMilliseconds: 0),
            Options(requests: 130, concurrency: 4, warmup: 3) with { Workload = ReasoningWorkload.Default, LeaseOwner = "perf-test" }, store, cancellationToken: Ct);

        // Then the lease was held while it ran, is released now, and every repeat was stored under its own key
        Assert.Equal("perf-test", store.OwnerWhileRunning);
        Assert.Null((await store.GetRunAsync(summary.RunId!, Ct))!.LeaseOwner);
        Assert.Equal(133, (await store.GetSamplesAsync(summary.RunId!, Ct)).Count);
    }

    private sealed class LeaseWatchingStore(IRunStore inner) : DelegatingRunStore(inner)
    {
        public string? OwnerWhileRunning { get; private set; }

        public override async Task AppendSamplesAsync(IReadOnlyList<SampleRecord> samples, CancellationToken cancellationToken = default)
        {
            OwnerWhileRunning ??= (await GetRunAsync(samples[0].RunId, cancellationToken))!.LeaseOwner;
            await base.AppendSamplesAsync(samples, cancellationToken);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(16)]
    public async Task The_closed_loop_keeps_exactly_the_asked_streams_in_flight(int concurrency)
    {
        var provider = new ConcurrencyProbeProvider(delayMilliseconds: 20);

        var summary = await new PerfRunner().RunAsync(provider, Options(requests: concurrency * 3, concurrency: concurrency, warmup: 0), new InMemoryRunStore(), cancellationToken: Ct);

        Assert.Equal(concurrency, provider.MaxInFlight);
        Assert.Equal(concurrency * 3, summary.Requests.Ok);
    }

    [Fact]
    public async Task Failed_requests_are_stored_and_counted_and_the_run_goes_on()
    {
        // Given a provider whose requests 3 and 7 fail
        var provider = new ConcurrencyProbeProvider(failure: call => call is 3 or 7 ? new ProviderException(ErrorKind.ServerError, "boom", 500) : null);
        var store = new InMemoryRunStore();

        // When 10 requests run
        var summary = await new PerfRunner().RunAsync(provider, Options(warmup: 0), store, cancellationToken: Ct);

        // Then 8 succeed, 2 are failed samples with their kind, and none is missing
        Assert.Equal((8, 2), (summary.Requests.Ok, summary.Requests.Failed));
        Assert.Equal(2, summary.Requests.Errors["server_error"]);
        Assert.Equal(2, (await store.GetSamplesAsync(summary.RunId!, Ct)).Count(s => s.ErrorKind == ErrorKind.ServerError));
    }

    [Fact]
    public async Task Poisson_arrivals_send_every_request_and_record_the_rate_as_load()
    {
        var store = new InMemoryRunStore();

        var summary = await new PerfRunner().RunAsync(new ConcurrencyProbeProvider(), Options(requests: 8) with { RatePerSecond = 200 }, store, cancellationToken: Ct);

        var samples = await store.GetSamplesAsync(summary.RunId!, Ct);
        Assert.Equal(8, summary.Requests.Ok);
        Assert.All(samples, s => Assert.Equal(200.0, s.Load));
    }

    [Fact]
    public async Task Open_loop_requests_held_back_by_the_cap_record_their_schedule_lag_and_queue_wait()
    {
        // Given arrivals at 1,000/s, a cap of 2 in flight and 50 ms answers: the 8th request cannot start before 150 ms
        var store = new InMemoryRunStore();

        // When run open loop
        var summary = await new PerfRunner().RunAsync(new ConcurrencyProbeProvider(delayMilliseconds: 50),
            Options(requests: 8, concurrency: 2, warmup: 0) with { RatePerSecond = 1000 }, store, cancellationToken: Ct);

        // Then every request says how late it was issued and how long it waited for a slot (part of that lateness),
        // and the summary shows the lag instead of a quietly lower rate
        var samples = await store.GetSamplesAsync(summary.RunId!, Ct);
        var lags = samples.Select(s => (Schedule: SampleDetails.Number(s, SampleDetails.ScheduleLagSeconds)!.Value, Queue: SampleDetails.Number(s, SampleDetails.QueueWaitSeconds)!.Value)).ToList();
        Assert.Equal(8, lags.Count);
        Assert.All(lags, l => Assert.True(l.Queue <= l.Schedule + 0.001, $"queue wait {l.Queue} > schedule lag {l.Schedule}"));
        Assert.True(lags.Max(l => l.Schedule) >= 0.1, string.Join(", ", lags));
        Assert.Equal(8, summary.ClientLag!.ScheduleLagSeconds.N);
        Assert.True(summary.ClientLag.TtftFromScheduleSeconds.P95 > summary.TtftSeconds.P95);
    }

    [Fact]
    public async Task Cancelling_stores_what_was_measured_and_marks_the_run_interrupted()
    {
        // Given a slow provider and a run that is cancelled part-way
        var store = new InMemoryRunStore();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var progress = new CancelAfter(3, cancel);

        // When the run is cancelled after three requests
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new PerfRunner().RunAsync(new ConcurrencyProbeProvider(delayMilliseconds: 30), Options(requests: 50, warmup: 0), store, progress, cancel.Token));

        // Then the run is Interrupted, with a summary of the samples it kept
        var run = (await store.ListRunsAsync(new RunQuery(), Ct)).Single();
        Assert.Equal(RunStatus.Interrupted, run.Status);
        var samples = await store.GetSamplesAsync(run.Id, Ct);
        Assert.InRange(samples.Count, 3, 50);
        Assert.NotNull(run.SummaryJson);
    }

    [Fact]
    public async Task Goodput_is_in_the_summary_when_slos_are_set()
    {
        var summary = await new PerfRunner().RunAsync(new ConcurrencyProbeProvider(), Options() with { Slo = new Slo(TtftSeconds: 10) }, new InMemoryRunStore(), cancellationToken: Ct);

        Assert.Equal(10, summary.Goodput!.Good);
    }

    [Fact]
    public async Task Invalid_options_are_rejected_before_any_run_is_created()
    {
        var store = new InMemoryRunStore();

        await Assert.ThrowsAsync<ArgumentException>(() => new PerfRunner().RunAsync(new ConcurrencyProbeProvider(), Options(requests: 0), store, cancellationToken: Ct));

        Assert.Empty(await store.ListRunsAsync(new RunQuery(), Ct));
    }

    private sealed class CancelAfter(int completed, CancellationTokenSource cancel) : IProgress<PerfProgress>
    {
        public void Report(PerfProgress value)
        {
            if (value.Completed >= completed)
                cancel.Cancel();
        }
    }
}
