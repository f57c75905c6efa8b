using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Yardstick.Core.Runs;
using Yardstick.Scheduling.Running;
using Yardstick.Scheduling.Tests.Fakes;

namespace Yardstick.Scheduling.Tests.Running;

public sealed class SuiteExecutorTests
{
    private static readonly DateTimeOffset Fire = new(2026, 12, 2, 3, 0, 0, TimeSpan.Zero);
    private static readonly WorkerIdentity Worker = new("w1", "eu");

    private static ResiliencePipeline ImmediateRetry(int retries) => retries == 0 ? ResiliencePipeline.Empty : new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions { MaxRetryAttempts = retries, Delay = TimeSpan.Zero, ShouldHandle = new PredicateBuilder().Handle<TimeoutException>() })
        .Build();

    [Fact]
    public async Task A_fire_runs_each_step_under_its_deterministic_run_id()
    {
        // Given a work item of two perf steps
        var store = new InMemoryRunStore();
        var steps = new RecordingStepRunner(store);
        var work = TestPlans.Load(TestPlans.Yaml()).Work()[0];
        var executor = new SuiteExecutor(store, steps, Worker, NullLogger.Instance, ImmediateRetry(0));

        // When it fires
        var outcome = await executor.ExecuteAsync(work, Fire);

        // Then both runs completed under the ids every worker computes for this fire, and they record suite and worker
        Assert.True(outcome.AllCompleted);
        Assert.Equal(work.Steps().Select(s => FireRunIds.For(work, Fire, s)), outcome.Runs.Select(r => r.RunId));
        Assert.All(steps.Calls, c => Assert.False(c.Resume));
        var run = await store.GetRunAsync(outcome.Runs[0].RunId);
        Assert.Equal(("speed", "w1", "eu"), (run!.Suite, run.Worker, run.Location));
        Assert.StartsWith("perf-20261202T030000Z-", outcome.Runs[0].RunId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fire_taken_over_skips_completed_runs_and_resumes_the_unfinished_one()
    {
        // Given a fire whose first run completed and whose second was started by a worker that died
        var store = new InMemoryRunStore();
        var work = TestPlans.Load(TestPlans.Yaml()).Work()[0];
        var first = new SuiteExecutor(store, new RecordingStepRunner(store), Worker, NullLogger.Instance, ImmediateRetry(0));
        await first.ExecuteAsync(work, Fire);
        var second = FireRunIds.For(work, Fire, work.Steps()[1]);
        await store.CompleteRunAsync(second, RunStatus.Interrupted, null);

        // When another worker executes the same fire
        var steps = new RecordingStepRunner(store);
        var outcome = await new SuiteExecutor(store, steps, new WorkerIdentity("w2"), NullLogger.Instance, ImmediateRetry(0)).ExecuteAsync(work, Fire);

        // Then only the unfinished run is executed, as a resume; the completed one keeps its one sample
        var call = Assert.Single(steps.Calls);
        Assert.Equal(second, call.RunId);
        Assert.True(call.Resume);
        Assert.True(outcome.AllCompleted);
        Assert.Equal(1, (await store.CountSamplesAsync(outcome.Runs[0].RunId)).Total);
    }

    [Fact]
    public async Task A_fire_that_comes_back_with_another_time_resumes_the_unfinished_run_of_its_step()
    {
        // Given a fire whose second step's run was left Running and unheld (its worker was killed), and a later fire of
        // the same work (Quartz recovered a misfired fire under another time)
        var store = new InMemoryRunStore();
        var work = TestPlans.Load(TestPlans.Yaml()).Work()[0];
        var orphan = FireRunIds.For(work, Fire, work.Steps()[1]);
        await store.CreateRunAsync(new RunRecord
        {
            Id = orphan, Kind = RunKind.Perf, ApiStyle = work.Endpoint.ApiStyle, BaseUrl = "http://x", ModelId = work.Endpoint.Model,
            Task = work.Steps()[1].Name, ConfigurationJson = "{}", YardstickVersion = "test", StartedUtc = DateTimeOffset.UtcNow,
            Suite = work.Suite.Name, Worker = "dead",
        });
        var later = Fire.AddMinutes(1).AddSeconds(3);

        // When the later fire executes
        var steps = new RecordingStepRunner(store);
        var outcome = await new SuiteExecutor(store, steps, new WorkerIdentity("w2"), NullLogger.Instance, ImmediateRetry(0)).ExecuteAsync(work, later);

        // Then the first step starts under the later fire's id, and the second resumes the orphan instead of a new run
        Assert.Equal([FireRunIds.For(work, later, work.Steps()[0]), orphan], outcome.Runs.Select(r => r.RunId));
        Assert.Equal([false, true], steps.Calls.Select(c => c.Resume));
        Assert.True(outcome.AllCompleted);
        Assert.Null(await store.GetRunAsync(FireRunIds.For(work, later, work.Steps()[1])));
    }

    [Fact]
    public async Task A_step_that_cannot_reach_the_database_is_retried_until_it_can()
    {
        var store = new InMemoryRunStore();
        var steps = new RecordingStepRunner(store) { FailuresBeforeSuccess = 2 };
        var work = TestPlans.Load(TestPlans.Yaml()).Work()[0];

        var outcome = await new SuiteExecutor(store, steps, Worker, NullLogger.Instance, ImmediateRetry(3)).ExecuteAsync(work, Fire);

        Assert.True(outcome.AllCompleted);
        Assert.Equal(4, steps.Calls.Count);
    }

    [Fact]
    public async Task A_step_whose_retries_run_out_is_reported_failed_and_the_next_step_still_runs()
    {
        var store = new InMemoryRunStore();
        var steps = new RecordingStepRunner(store) { FailuresBeforeSuccess = 2 };
        var work = TestPlans.Load(TestPlans.Yaml()).Work()[0];

        var outcome = await new SuiteExecutor(store, steps, Worker, NullLogger.Instance, ImmediateRetry(1)).ExecuteAsync(work, Fire);

        Assert.Equal(["Failed", "Completed"], outcome.Runs.Select(r => r.Status));
        Assert.StartsWith($"{outcome.Runs[0].RunId} failed", outcome.Summary, StringComparison.Ordinal);
    }
}
