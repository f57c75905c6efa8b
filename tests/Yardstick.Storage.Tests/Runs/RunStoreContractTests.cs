using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Storage.Runs;
using Yardstick.Testing;

namespace Yardstick.Storage.Tests.Runs;

/// <summary>What every run store must do; subclassed once per database.</summary>
public abstract class RunStoreContractTests
{
    protected abstract DatabaseProvider Provider { get; }

    private async Task<IRunStore> NewStoreAsync(TimeProvider? clock = null) => new EfRunStore(await TestDatabases.CreateAsync(Provider), clock);

    private static RunRecord Run(string id, RunKind kind = RunKind.Perf, string task = "prompt-100", DateTimeOffset? started = null) => new()
    {
        Id = id, Kind = kind, ModelSlug = "yardstick-tiny", ApiStyle = "OpenAiChat", BaseUrl = "http://127.0.0.1:8000/v1",
        ModelId = "tiny", Task = task, ConfigurationJson = """{"requests":2}""", YardstickVersion = "0.1.0",
        StartedUtc = started ?? new DateTimeOffset(2026, 11, 26, 6, 0, 0, TimeSpan.Zero),
    };

    private static SampleRecord Sample(string runId, string promptId, ErrorKind error = ErrorKind.None, string? cacheKey = null, int epoch = 0) => new()
    {
        RunId = runId, PromptId = promptId, Epoch = epoch, RequestStartedUtc = new DateTimeOffset(2026, 11, 26, 6, 0, 1, TimeSpan.FromHours(1)),
        TtftSeconds = 0.125, LastTokenSeconds = 1.5, Timeline = [1, 2, 3], TokenEvents = 3, OutputTokensNormalised = 100,
        OutputTokensNative = 98, ReasoningTokens = 10, ReasoningTokensSource = "usage", AnswerText = "Answer: B", ErrorKind = error,
        ErrorMessage = error == ErrorKind.None ? null : "HTTP 429", Correct = true, CostUsd = 0.00012345m, PromptSha256 = cacheKey,
    };

    [Fact]
    public async Task Run_and_samples_round_trip_field_for_field()
    {
        var store = await NewStoreAsync();
        var run = Run("perf-1");
        var sample = Sample("perf-1", "p0");

        await store.CreateRunAsync(run);
        await store.AppendSamplesAsync([sample]);
        await store.CompleteRunAsync("perf-1", RunStatus.Completed, """{"requests":{"ok":1}}""");

        var stored = await store.GetRunAsync("perf-1");
        Assert.Equal(RunStatus.Completed, stored!.Status);
        Assert.Equal(run.StartedUtc, stored.StartedUtc);
        Assert.NotNull(stored.FinishedUtc);
        Assert.Equal("""{"requests":{"ok":1}}""", stored.SummaryJson);
        var read = Assert.Single(await store.GetSamplesAsync("perf-1"));
        Assert.Equal(sample with { RequestStartedUtc = sample.RequestStartedUtc.ToUniversalTime() }, read with { Timeline = sample.Timeline });
        Assert.Equal(sample.Timeline, read.Timeline);
        Assert.Equal(sample.RequestStartedUtc, read.RequestStartedUtc); // same instant, stored as UTC
    }

    [Fact]
    public async Task Failed_samples_keep_their_kind()
    {
        var store = await NewStoreAsync();
        await store.CreateRunAsync(Run("perf-2"));

        await store.AppendSamplesAsync([Sample("perf-2", "p0"), Sample("perf-2", "p1", ErrorKind.RateLimited)]);

        var samples = await store.GetSamplesAsync("perf-2");
        Assert.Equal([ErrorKind.None, ErrorKind.RateLimited], samples.Select(s => s.ErrorKind));
        Assert.Equal(new SampleCounts(2, 1), await store.CountSamplesAsync("perf-2"));
        Assert.Equal(new SampleCounts(0, 0), await store.CountSamplesAsync("no-such-run"));
    }

    [Fact]
    public async Task Runs_are_listed_newest_first_and_filtered()
    {
        var store = await NewStoreAsync();
        var t = new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);
        await store.CreateRunAsync(Run("a", started: t));
        await store.CreateRunAsync(Run("b", RunKind.Eval, "gsm8k", t.AddHours(1)));
        await store.CreateRunAsync(Run("c", started: t.AddHours(2)));

        var perf = await store.ListRunsAsync(new RunQuery(Kind: RunKind.Perf));
        var recent = await store.ListRunsAsync(new RunQuery(Since: t.AddMinutes(30)));
        var eval = await store.ListRunsAsync(new RunQuery(Task: "gsm8k"));

        Assert.Equal(["c", "a"], perf.Select(r => r.Id));
        Assert.Equal(["c", "b"], recent.Select(r => r.Id));
        Assert.Equal(["b"], eval.Select(r => r.Id));
    }

    [Fact]
    public async Task Runs_changed_since_a_moment_are_those_started_or_finished_at_or_after_it()
    {
        // Given runs started long ago and finished long ago, started long ago and finished just now, started just now, and one still running
        var t = new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);
        var clock = new ManualClock(t.AddDays(-1));
        var store = await NewStoreAsync(clock);
        await store.CreateRunAsync(Run("old", started: t.AddDays(-2)));
        await store.CompleteRunAsync("old", RunStatus.Completed, "{}");
        await store.CreateRunAsync(Run("long", started: t.AddDays(-1)));
        await store.CreateRunAsync(Run("new", started: t.AddHours(2)));
        await store.CreateRunAsync(Run("stale-running", started: t.AddDays(-3)));
        clock.Advance(TimeSpan.FromDays(2));
        await store.CompleteRunAsync("long", RunStatus.Completed, "{}");

        // When the runs changed since a moment between them are listed, and with a limit
        var changed = await store.ListRunsAsync(new RunQuery(ChangedSince: t, Limit: 1000));
        var first = await store.ListRunsAsync(new RunQuery(ChangedSince: t, Limit: 1));

        // Then they are the late finish and the late start, newest start first, and nothing else
        Assert.Equal(["new", "long"], changed.Select(r => r.Id));
        Assert.Equal(["new"], first.Select(r => r.Id));
    }

    [Fact]
    public async Task Completion_cache_finds_only_successful_samples()
    {
        var store = await NewStoreAsync();
        await store.CreateRunAsync(Run("e1", RunKind.Eval, "gsm8k"));
        await store.AppendSamplesAsync([Sample("e1", "q1", ErrorKind.ServerError, cacheKey: "k1"), Sample("e1", "q2", cacheKey: "k2")]);

        Assert.Null(await store.FindCompletedSampleAsync("k1"));
        Assert.Equal("q2", (await store.FindCompletedSampleAsync("k2"))!.PromptId);
        Assert.Null(await store.FindCompletedSampleAsync("missing"));
    }

    [Fact]
    public async Task Prompts_sent_to_the_same_endpoint_by_other_runs_are_found_by_hash()
    {
        // Given an earlier run to this endpoint (prompts h1, h2), one to another model (h3), and this run (h1, h3, h4)
        var store = await NewStoreAsync();
        await store.CreateRunAsync(Run("earlier"));
        await store.CreateRunAsync(Run("other-model") with { ModelId = "another" });
        await store.CreateRunAsync(Run("this"));
        await store.AppendSamplesAsync([Sample("earlier", "p0", cacheKey: "h1"), Sample("earlier", "p1", cacheKey: "h2")]);
        await store.AppendSamplesAsync([Sample("other-model", "p0", cacheKey: "h3")]);
        await store.AppendSamplesAsync([Sample("this", "p0", cacheKey: "h1"), Sample("this", "p1", cacheKey: "h3"), Sample("this", "p2", cacheKey: "h4")]);

        // When this run's prompt hashes are looked up
        var sent = await store.FindPromptsSentByOtherRunsAsync("this", "http://127.0.0.1:8000/v1", "tiny", ["h1", "h3", "h4"]);

        // Then only the one the earlier run sent to the same endpoint is found (not this run's own, not another model's)
        Assert.Equal(["h1"], sent.Order(StringComparer.Ordinal));
        Assert.Empty(await store.FindPromptsSentByOtherRunsAsync("this", "http://127.0.0.1:8000/v1", "tiny", []));
    }

    [Fact]
    public async Task Concurrent_appends_lose_nothing()
    {
        var store = await NewStoreAsync();
        await store.CreateRunAsync(Run("load"));

        await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            store.AppendSamplesAsync(Enumerable.Range(0, 10).Select(j => Sample("load", $"p{i}-{j}")).ToList())));

        Assert.Equal(160, (await store.GetSamplesAsync("load")).Count);
    }

    [Fact]
    public async Task Samples_for_an_unknown_run_are_refused()
    {
        var store = await NewStoreAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => store.AppendSamplesAsync([Sample("nope", "p0")]));
    }

    [Fact]
    public async Task Of_two_owners_racing_for_a_lease_exactly_one_wins()
    {
        // Given two stores on one database (two processes: no shared in-process lock) and ten fresh runs
        var database = await TestDatabases.CreateAsync(Provider);
        var first = new EfRunStore(database);
        var second = new EfRunStore(database);
        var ids = Enumerable.Range(0, 10).Select(i => $"race-{i}").ToList();
        foreach (var id in ids)
            await first.CreateRunAsync(Run(id));

        // When both try to take each run's lease at the same moment
        var results = await Task.WhenAll(ids.Select(async id =>
        {
            var wins = await Task.WhenAll(
                Task.Run(() => first.TryAcquireLeaseAsync(id, "owner-a", TimeSpan.FromSeconds(30))),
                Task.Run(() => second.TryAcquireLeaseAsync(id, "owner-b", TimeSpan.FromSeconds(30))));
            return (Id: id, Wins: wins);
        }));

        // Then each run has exactly one winner, and the stored owner is that winner
        foreach (var (id, wins) in results)
        {
            Assert.Single(wins, won => won);
            Assert.Equal(wins[0] ? "owner-a" : "owner-b", (await first.GetRunAsync(id))!.LeaseOwner);
        }
    }

    [Fact]
    public async Task A_held_lease_is_refused_to_others_until_it_expires_then_taken_over()
    {
        var clock = new ManualClock();
        var store = await NewStoreAsync(clock);
        await store.CreateRunAsync(Run("lease-1"));
        var ttl = TimeSpan.FromSeconds(30);

        Assert.True(await store.TryAcquireLeaseAsync("lease-1", "a", ttl));
        Assert.True(await store.TryAcquireLeaseAsync("lease-1", "a", ttl)); // the holder may take it again
        Assert.False(await store.TryAcquireLeaseAsync("lease-1", "b", ttl));
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.True(await store.RenewLeaseAsync("lease-1", "a", ttl));
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(await store.TryAcquireLeaseAsync("lease-1", "b", ttl)); // renewed: still a's

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await store.TryAcquireLeaseAsync("lease-1", "b", ttl)); // a stopped heartbeating 31 s ago

        Assert.False(await store.RenewLeaseAsync("lease-1", "a", ttl));
        var run = await store.GetRunAsync("lease-1");
        Assert.Equal("b", run!.LeaseOwner);
        Assert.Equal(clock.GetUtcNow() + ttl, run.LeaseExpiresUtc);
    }

    [Fact]
    public async Task A_released_lease_can_be_taken_at_once_and_only_its_holder_can_release_it()
    {
        var store = await NewStoreAsync();
        await store.CreateRunAsync(Run("lease-2"));
        Assert.True(await store.TryAcquireLeaseAsync("lease-2", "a", TimeSpan.FromMinutes(5)));

        await store.ReleaseLeaseAsync("lease-2", "b");
        Assert.False(await store.TryAcquireLeaseAsync("lease-2", "b", TimeSpan.FromMinutes(5)));
        await store.ReleaseLeaseAsync("lease-2", "a");

        Assert.Null((await store.GetRunAsync("lease-2"))!.LeaseOwner);
        Assert.True(await store.TryAcquireLeaseAsync("lease-2", "b", TimeSpan.FromMinutes(5)));
        Assert.False(await store.TryAcquireLeaseAsync("no-such-run", "b", TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task A_duplicate_of_a_succeeded_sample_is_not_stored()
    {
        var store = await NewStoreAsync();
        await store.CreateRunAsync(Run("dup-1"));
        await store.AppendSamplesAsync([Sample("dup-1", "q1"), Sample("dup-1", "q1", epoch: 1)]);

        await store.AppendSamplesAsync([Sample("dup-1", "q1") with { AnswerText = "second" }, Sample("dup-1", "q1", ErrorKind.ServerError)]);

        var samples = await store.GetSamplesAsync("dup-1");
        Assert.Equal([(0, "Answer: B"), (1, "Answer: B")], samples.Select(s => (s.Epoch, s.AnswerText)));
    }

    [Fact]
    public async Task A_new_attempt_replaces_a_failed_sample_and_counts_it_as_a_retry()
    {
        var store = await NewStoreAsync();
        await store.CreateRunAsync(Run("dup-2"));
        await store.AppendSamplesAsync([Sample("dup-2", "q1", ErrorKind.ServerError) with { Retries = 2 }, Sample("dup-2", "q2")]);

        await store.AppendSamplesAsync([Sample("dup-2", "q1") with { Retries = 1, AnswerText = "retried" }]);

        var samples = await store.GetSamplesAsync("dup-2");
        Assert.Equal(2, samples.Count);
        var q1 = Assert.Single(samples, s => s.PromptId == "q1");
        Assert.True(q1.Succeeded);
        Assert.Equal("retried", q1.AnswerText);
        Assert.Equal(4, q1.Retries); // 2 before, the failed attempt itself, 1 now
        Assert.Equal(new SampleCounts(2, 0), await store.CountSamplesAsync("dup-2"));
    }

    [Fact]
    public async Task Duplicates_within_one_batch_follow_the_same_rule()
    {
        var store = await NewStoreAsync();
        await store.CreateRunAsync(Run("dup-3"));

        await store.AppendSamplesAsync([Sample("dup-3", "q1", ErrorKind.Timeout), Sample("dup-3", "q1"), Sample("dup-3", "q1", ErrorKind.Timeout)]);

        var sample = Assert.Single(await store.GetSamplesAsync("dup-3"));
        Assert.True(sample.Succeeded);
        Assert.Equal(1, sample.Retries);
    }

    [Fact]
    public async Task Streamed_samples_are_the_stored_ones_in_issue_order()
    {
        // Given samples stored in another order than they were issued (as concurrent workers finish)
        var store = await NewStoreAsync();
        await store.CreateRunAsync(Run("stream"));
        await store.AppendSamplesAsync(Enumerable.Range(0, 30).Select(i => Sample("stream", $"p{i}") with { Sequence = (i * 7) % 30 }).ToList());

        var streamed = new List<SampleRecord>();
        await foreach (var sample in store.StreamSamplesAsync("stream"))
            streamed.Add(sample);

        Assert.Equal(Enumerable.Range(0, 30), streamed.Select(s => s.Sequence));
        Assert.Equal((await store.GetSamplesAsync("stream")).Select(s => s.PromptId).Order(), streamed.Select(s => s.PromptId).Order());
    }

    [Fact]
    public async Task A_failed_run_keeps_its_reason()
    {
        var store = await NewStoreAsync();
        await store.CreateRunAsync(Run("failed"));

        await store.CompleteRunAsync("failed", RunStatus.Failed, null, "all 2 requests failed: connection_refused (2)");

        var run = await store.GetRunAsync("failed");
        Assert.Equal(RunStatus.Failed, run!.Status);
        Assert.Equal("all 2 requests failed: connection_refused (2)", run.FailureReason);
    }
}
