using Microsoft.EntityFrameworkCore;
using Yardstick.Core.Metrics;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Storage.Runs;

namespace Yardstick.Storage.Tests.Runs;

/// <summary>run_summaries: written at completion, computed on first read for older runs, always what the samples give.</summary>
public abstract class RunFiguresContractTests
{
    protected abstract DatabaseProvider Provider { get; }

    private static readonly DateTimeOffset Start = new(2026, 11, 26, 6, 0, 0, TimeSpan.Zero);

    private static RunRecord Run(string id) => new()
    {
        Id = id, Kind = RunKind.Perf, ModelSlug = "yardstick-tiny", ApiStyle = "OpenAiChat", BaseUrl = "http://127.0.0.1:8000/v1",
        ModelId = "tiny", Task = "short-100", ConfigurationJson = "{}", YardstickVersion = "0.1.0", StartedUtc = Start,
    };

    private static List<SampleRecord> Samples(string runId) => Enumerable.Range(0, 5).Select(i => new SampleRecord
    {
        RunId = runId, PromptId = $"p{i}", Sequence = i, RequestStartedUtc = Start.AddSeconds(i), Load = 2, InputTokensNormalised = 100,
        TtftSeconds = 0.2 + i * 0.05, LastTokenSeconds = 2 + i * 0.1, OutputTokensNormalised = 50, TokenEvents = 3,
        Timeline = EventTimeline.Encode([new(0.2 + i * 0.05, 1, 0, true, false), new(1, 24, 0, true, false), new(2 + i * 0.1, 25, 0, true, false)]),
        ErrorKind = i == 4 ? ErrorKind.ServerError : ErrorKind.None,
    }).ToList();

    [Fact]
    public async Task Completing_a_run_stores_the_figures_its_samples_give()
    {
        var database = await TestDatabases.CreateAsync(Provider);
        var store = new EfRunStore(database);
        await store.CreateRunAsync(Run("perf-f1"), TestContext.Current.CancellationToken);
        await store.AppendSamplesAsync(Samples("perf-f1"), TestContext.Current.CancellationToken);

        await store.CompleteRunAsync("perf-f1", RunStatus.Completed, "{}", TestContext.Current.CancellationToken);

        await using var context = database.CreateContext();
        Assert.Equal(1, await context.RunSummaries.CountAsync(TestContext.Current.CancellationToken));
        var figures = (await new EfRunFiguresStore(database).GetFiguresAsync(["perf-f1"], TestContext.Current.CancellationToken))["perf-f1"];
        Assert.Equal(RunFigures.Of("perf-f1", Samples("perf-f1")), figures);
        Assert.Equal((5, 1, 4, 2.0), (figures.Samples, figures.FailedSamples, figures.SucceededRequests, figures.Throughput.Load));
        Assert.Equal(PerfAnalysis.Summarise(Samples("perf-f1"), "perf-f1", []).TtftSeconds.P50, figures.TtftP50Seconds);
    }

    [Fact]
    public async Task A_run_stored_without_figures_gets_them_on_first_read_and_keeps_them()
    {
        var database = await TestDatabases.CreateAsync(Provider);
        var store = new EfRunStore(database);
        await store.CreateRunAsync(Run("perf-f2"), TestContext.Current.CancellationToken);
        await store.AppendSamplesAsync(Samples("perf-f2"), TestContext.Current.CancellationToken);
        await store.CompleteRunAsync("perf-f2", RunStatus.Completed, "{}", TestContext.Current.CancellationToken);
        await using (var context = database.CreateContext())
            await context.RunSummaries.ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        var figures = new EfRunFiguresStore(database);

        var read = await figures.GetFiguresAsync(["perf-f2", "no-such-run"], TestContext.Current.CancellationToken);

        Assert.Equal(RunFigures.Of("perf-f2", Samples("perf-f2")), Assert.Single(read).Value);
        await using (var context = database.CreateContext())
            Assert.Equal(1, await context.RunSummaries.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await figures.BackfillAsync(all: false, TestContext.Current.CancellationToken));
        Assert.Equal(1, await figures.BackfillAsync(all: true, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_run_whose_timeline_cannot_be_decoded_still_completes_with_its_counts()
    {
        var database = await TestDatabases.CreateAsync(Provider);
        var store = new EfRunStore(database);
        await store.CreateRunAsync(Run("perf-f3"), TestContext.Current.CancellationToken);
        await store.AppendSamplesAsync([Samples("perf-f3")[0] with { Timeline = [1, 2] }], TestContext.Current.CancellationToken);

        await store.CompleteRunAsync("perf-f3", RunStatus.Completed, "{}", TestContext.Current.CancellationToken);

        var figures = (await new EfRunFiguresStore(database).GetFiguresAsync(["perf-f3"], TestContext.Current.CancellationToken))["perf-f3"];
        Assert.Equal((1, (double?)null), (figures.Samples, figures.TtftP50Seconds));
        Assert.Equal(RunStatus.Completed, (await store.GetRunAsync("perf-f3", TestContext.Current.CancellationToken))!.Status);
    }
}
