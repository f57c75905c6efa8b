using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Storage.Runs;

namespace Yardstick.Storage.Tests.Runs;

/// <summary>What every run store must do; subclassed once per database.</summary>
public abstract class RunStoreContractTests
{
    protected abstract DatabaseProvider Provider { get; }

    private async Task<IRunStore> NewStoreAsync() => new EfRunStore(await TestDatabases.CreateAsync(Provider));

    private static RunRecord Run(string id, RunKind kind = RunKind.Perf, string task = "prompt-100", DateTimeOffset? started = null) => new()
    {
        Id = id, Kind = kind, ModelSlug = "yardstick-tiny", ApiStyle = "OpenAiChat", BaseUrl = "http://127.0.0.1:8000/v1",
        ModelId = "tiny", Task = task, ConfigurationJson = """{"requests":2}""", YardstickVersion = "0.1.0",
        StartedUtc = started ?? new DateTimeOffset(2026, 11, 26, 6, 0, 0, TimeSpan.Zero),
    };

    private static SampleRecord Sample(string runId, string promptId, ErrorKind error = ErrorKind.None, string? cacheKey = null) => new()
    {
        RunId = runId, PromptId = promptId, RequestStartedUtc = new DateTimeOffset(2026, 11, 26, 6, 0, 1, TimeSpan.FromHours(1)),
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
}
