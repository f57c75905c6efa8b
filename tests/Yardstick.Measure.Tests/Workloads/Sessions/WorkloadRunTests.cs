using Yardstick.Core.Runs;
using Yardstick.Measure.Load;
using Yardstick.Measure.Workloads.MultiTurn;

namespace Yardstick.Measure.Tests.Workloads.Sessions;

public sealed class WorkloadRunTests
{
    [Fact]
    public async Task A_cancelled_run_is_stored_interrupted_with_what_was_measured_and_the_report()
    {
        // Given a server that answers the first request at once and then stalls
        await using var server = await ConversationServer.StartAsync(chat => new ChatReply(chat.Index == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(30), [" a"]));
        var store = new InMemoryRunStore();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var progress = new Progress(report =>
        {
            if (!report.Warmup && report.Completed >= 1)
                cancel.Cancel();
        });
        var options = new PerfRunOptions { ApiStyle = "openai-chat", BaseUrl = server.BaseUrl.ToString(), ModelId = "m", WarmupRequests = 0, MaxTokens = 4 };

        // When the run is cancelled as soon as its first request is measured
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new MultiTurnRunner().RunAsync(server.Provider(), options,
            new MultiTurnOptions { Sessions = 1, Turns = 3, SystemPromptTokens = 10, UserTokens = 4, ControlArm = false }, store, progress, cancel.Token));

        // Then the run is Interrupted, its samples kept (the stalled one as cancelled), its summary carrying the report
        var run = Assert.Single(await store.ListRunsAsync(new RunQuery(RunKind.Perf), TestContext.Current.CancellationToken));
        Assert.Equal(RunStatus.Interrupted, run.Status);
        Assert.Contains("\"multi_turn\"", run.SummaryJson, StringComparison.Ordinal);
        var samples = await store.GetSamplesAsync(run.Id, TestContext.Current.CancellationToken);
        Assert.Contains(samples, s => s.Succeeded);
    }

    /// <summary>Reports synchronously on the reporting thread (System.Progress posts to the pool, which could report late).</summary>
    private sealed class Progress(Action<PerfProgress> onReport) : IProgress<PerfProgress>
    {
        public void Report(PerfProgress value) => onReport(value);
    }
}
