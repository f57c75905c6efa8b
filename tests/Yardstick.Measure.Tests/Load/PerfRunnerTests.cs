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
    public async Task A_rerun_with_a_reused_seed_is_flagged_prompt_cache_suspected_from_the_stored_prompt_hashes()
    {
        // Given a run whose prompts were derived from seed 7
        var store = new InMemoryRunStore();
        PerfRunOptions Seeded(int seed) => Options(requests: 4, warmup: 0) with { Workload = new PromptLengthWorkload(16, seed: seed) };
        var first = await new PerfRunner().RunAsync(new ConcurrencyProbeProvider(), Seeded(7), store, cancellationToken: Ct);

        // When the same endpoint is measured again with the same seed, and then with another one
        var rerun = await new PerfRunner().RunAsync(new ConcurrencyProbeProvider(), Seeded(7), store, cancellationToken: Ct);
        var other = await new PerfRunner().RunAsync(new ConcurrencyProbeProvider(), Seeded(8), store, cancellationToken: Ct);

        // Then only the rerun is flagged, for each of its four prompts; the first run and the new seed stay quiet
        Assert.DoesNotContain(first.Warnings, w => w.Contains("Prompt cache", StringComparison.Ordinal));
        Assert.Contains(rerun.Warnings, w => w.Contains("4 requests sent a prompt an earlier run already sent to this endpoint", StringComparison.Ordinal));
        Assert.DoesNotContain(other.Warnings, w => w.Contains("Prompt cache", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scheduled_runs_of_one_endpoint_send_fresh_prompts_and_are_not_flagged()
    {
        // Given three scheduled probes of the same endpoint, each under its own fire's run id (prompts seeded by it)
        var store = new InMemoryRunStore();
        var summaries = new List<PerfSummary>();
        foreach (var fire in new[] { "perf-fire-1", "perf-fire-2", "perf-fire-3" })
            summaries.Add(await new PerfRunner().RunAsync(new ConcurrencyProbeProvider(), Options(requests: 4, warmup: 0) with { Origin = new RunOrigin(fire, "speed") },
                store, cancellationToken: Ct));

        // Then none of them repeats a prompt of another, and none is flagged
        var hashes = new List<string>();
        foreach (var summary in summaries)
            hashes.AddRange((await store.GetSamplesAsync(summary.RunId!, Ct)).Select(s => s.PromptSha256!));
        Assert.Equal(12, hashes.Distinct().Count());
        Assert.All(summaries, s => Assert.DoesNotContain(s.Warnings, w => w.Contains("Prompt cache", StringComparison.Ordinal)));
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

    [Fact]
    public async Task A_run_whose_lease_is_lost_stops_without_writing_more()
    {
        // Given a provider whose first request lets another process take the run over, then hangs
        var store = new InMemoryRunStore();
        var provider = new LeaseStealingProvider(store);

        // When the run runs (its lease is renewed every 100 ms)
        var lost = await Assert.ThrowsAsync<RunLeaseLostException>(() => new PerfRunner().RunAsync(provider,
            Options(requests: 5, warmup: 0) with { LeaseOwner = "me", LeaseTtl = TimeSpan.FromMilliseconds(300) }, store, cancellationToken: Ct))
            .WaitAsync(TimeSpan.FromSeconds(30), Ct);

        // Then the run is left to the thief as it was: still running, no sample of ours
        var run = await store.GetRunAsync(lost.RunId, Ct);
        Assert.Equal((RunStatus.Running, "thief"), (run!.Status, run.LeaseOwner));
        Assert.Empty(await store.GetSamplesAsync(lost.RunId, Ct));
    }

    private sealed class LeaseStealingProvider(InMemoryRunStore store) : ICompletionProvider
    {
        public string Describe => "lease stealer";

        public async IAsyncEnumerable<CompletionEvent> StreamAsync(CompletionRequest request, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            yield return new RequestStarted(System.Diagnostics.Stopwatch.GetTimestamp());
            var run = (await store.ListRunsAsync(new RunQuery(), cancellationToken)).Single();
            await store.ReleaseLeaseAsync(run.Id, "me", cancellationToken);
            Assert.True(await store.TryAcquireLeaseAsync(run.Id, "thief", TimeSpan.FromMinutes(5), cancellationToken));
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
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
    public async Task A_scheduled_run_resumes_under_its_id_and_sends_only_the_requests_not_stored()
    {
        // Given a scheduled run interrupted part-way (its lease released, as a dead worker's would expire)
        var store = new InMemoryRunStore();
        var origin = new RunOrigin("perf-20261202T030000Z-abcdef", Suite: "speed", Worker: "w1", Location: "eu");
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new PerfRunner().RunAsync(new ConcurrencyProbeProvider(delayMilliseconds: 30),
            Options(requests: 20, warmup: 0) with { Origin = origin }, store, new CancelAfter(3, cancel), cancel.Token));
        var stored = (await store.GetSamplesAsync(origin.RunId, Ct)).Count;

        // When another worker runs the same scheduled run
        var provider = new ConcurrencyProbeProvider(delayMilliseconds: 0);
        var summary = await new PerfRunner().RunAsync(provider, Options(requests: 20, warmup: 0) with { Origin = origin with { Worker = "w2" } }, store,
            cancellationToken: Ct);

        // Then it completes the same run, asking only for the missing requests: every sequence stored exactly once
        Assert.Equal(20 - stored, provider.Calls);
        var run = await store.GetRunAsync(origin.RunId, Ct);
        Assert.Equal((RunStatus.Completed, "speed", "w1", "eu"), (run!.Status, run.Suite, run.Worker, run.Location));
        var samples = await store.GetSamplesAsync(origin.RunId, Ct);
        Assert.Equal(Enumerable.Range(0, 20), samples.Select(s => s.Sequence).Order());
        Assert.Equal(20, summary.Requests.Ok);
    }

    [Fact]
    public async Task A_scheduled_runs_prompts_carry_its_run_tag_and_are_never_repeated()
    {
        var store = new InMemoryRunStore();
        var origin = new RunOrigin("perf-20261202T030000Z-abcdef");

        await new PerfRunner().RunAsync(new ConcurrencyProbeProvider(), Options(requests: 10) with { Origin = origin, StorePromptText = true }, store, cancellationToken: Ct);

        var samples = await store.GetSamplesAsync(origin.RunId, Ct);
        Assert.Equal(samples.Count, samples.Select(s => s.PromptSha256).Distinct().Count());
        var tag = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(origin.RunId)))[..8];
        Assert.All(samples, s => Assert.StartsWith($"[{tag}", s.PromptText, StringComparison.Ordinal));
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
