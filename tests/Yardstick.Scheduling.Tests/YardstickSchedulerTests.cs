using Microsoft.Extensions.Logging.Abstractions;
using Yardstick.Core.Runs;
using Yardstick.Core.Scheduling;
using Yardstick.Scheduling.Running;
using Yardstick.Scheduling.Tests.Fakes;

namespace Yardstick.Scheduling.Tests;

/// <summary>The scheduler on Quartz's in-memory store (the embedded default); the clustered store is tested end to end by the CLI.</summary>
public sealed class YardstickSchedulerTests
{
    private static async Task<(YardstickScheduler Scheduler, InMemoryRunStore Runs, InMemorySchedulingStore Store, RecordingStepRunner Steps)> CreateAsync(int? maxFires = null)
    {
        var runs = new InMemoryRunStore();
        var store = new InMemorySchedulingStore();
        var steps = new RecordingStepRunner(runs);
        var settings = new SchedulerSettings { Worker = new WorkerIdentity("w1"), MaxFires = maxFires, SchedulerName = "test-" + Guid.NewGuid().ToString("N") };
        var scheduler = await YardstickScheduler.CreateAsync(settings, runs, store, steps, NullLoggerFactory.Instance, TestContext.Current.CancellationToken);
        return (scheduler, runs, store, steps);
    }

    [Fact]
    public async Task Applying_a_plan_is_idempotent_and_follows_its_changes()
    {
        // Given a scheduler and a plan of one suite on two endpoints
        var (scheduler, _, store, _) = await CreateAsync();
        await using var _ = scheduler;
        var yaml = TestPlans.Yaml();
        var later = DateTimeOffset.UtcNow.AddHours(1);

        // When it is applied, applied again, then changed (new interval, one suite added)
        var first = await scheduler.ApplyAsync(TestPlans.Load(yaml), yaml, later, TestContext.Current.CancellationToken);
        var again = await scheduler.ApplyAsync(TestPlans.Load(yaml), yaml, later, TestContext.Current.CancellationToken);
        var changedYaml = TestPlans.Yaml(every: "30m", suite: "probe");
        var changed = await scheduler.ApplyAsync(TestPlans.Load(changedYaml), changedYaml, later, TestContext.Current.CancellationToken);

        // Then the first creates, the second changes nothing, the third removes the old suite and creates the new one
        Assert.Equal(["speed/a", "speed/b"], first.Created);
        Assert.Equal(["speed/a", "speed/b"], again.Unchanged);
        Assert.Empty(again.Created.Concat(again.Updated).Concat(again.Removed));
        Assert.Equal(["speed/a", "speed/b"], changed.Removed);
        Assert.Equal(["probe/a", "probe/b"], changed.Created);
        var schedules = await store.ListSchedulesAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["probe/a", "probe/b"], schedules.Select(s => s.Key));
        Assert.All(schedules, s => Assert.Equal("every 30m", s.Schedule));
        Assert.All(schedules, s => Assert.Equal(later.ToUnixTimeSeconds(), s.NextFireUtc!.Value.ToUnixTimeSeconds()));
        Assert.Equal(changedYaml, await store.GetPlanAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_started_worker_fires_due_work_and_records_each_fire()
    {
        // Given a plan applied to fire now, on a worker that stops after two fires
        var (scheduler, runs, store, steps) = await CreateAsync(maxFires: 2);
        await using var _ = scheduler;
        var yaml = TestPlans.Yaml();
        await scheduler.ApplyAsync(TestPlans.Load(yaml), yaml, cancellationToken: TestContext.Current.CancellationToken);

        // When it starts
        await scheduler.StartAsync(TestContext.Current.CancellationToken);
        await scheduler.MaxFiresReached.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        await scheduler.StopAsync(TimeSpan.FromSeconds(5));

        // Then each (suite, endpoint) fired once, ran its two steps, and the schedule rows say so
        Assert.Equal(4, steps.Calls.Count);
        var suiteRuns = await runs.ListRunsAsync(new RunQuery(Suite: "speed"), TestContext.Current.CancellationToken);
        Assert.Equal(4, suiteRuns.Count);
        Assert.All(suiteRuns, r => Assert.Equal(RunStatus.Completed, r.Status));
        var schedules = await store.ListSchedulesAsync(TestContext.Current.CancellationToken);
        Assert.All(schedules, s => Assert.Equal("completed", s.LastOutcome));
        Assert.All(schedules, s => Assert.True(s.NextFireUtc > DateTimeOffset.UtcNow.AddMinutes(50)));
    }

    [Fact]
    public async Task Firing_a_suite_now_runs_it_once_beside_its_schedule()
    {
        // Given work scheduled an hour from now
        var (scheduler, _, _, steps) = await CreateAsync(maxFires: 2);
        await using var _ = scheduler;
        var yaml = TestPlans.Yaml();
        await scheduler.ApplyAsync(TestPlans.Load(yaml), yaml, DateTimeOffset.UtcNow.AddHours(1), TestContext.Current.CancellationToken);
        await scheduler.StartAsync(TestContext.Current.CancellationToken);

        // When the suite is fired now (and an unknown suite too)
        var fired = await scheduler.FireNowAsync("speed", TestContext.Current.CancellationToken);
        var none = await scheduler.FireNowAsync("nope", TestContext.Current.CancellationToken);
        await scheduler.MaxFiresReached.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        await scheduler.StopAsync(TimeSpan.FromSeconds(5));

        // Then both endpoints ran, each under run ids of a fire within the last minute
        Assert.Equal(["speed/a", "speed/b"], fired);
        Assert.Empty(none);
        Assert.Equal(4, steps.Calls.Count);
        Assert.All(steps.Calls, c => Assert.InRange(c.ScheduledFireUtc, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task Stopping_interrupts_a_fire_that_outlives_the_drain_and_records_it()
    {
        // Given a fire that is still running
        var (scheduler, runs, store, steps) = await CreateAsync();
        await using var _ = scheduler;
        steps.Gate = new TaskCompletionSource();
        var yaml = TestPlans.Yaml();
        await scheduler.ApplyAsync(TestPlans.Load(yaml), yaml, cancellationToken: TestContext.Current.CancellationToken);
        await scheduler.StartAsync(TestContext.Current.CancellationToken);
        await steps.Entered.Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        // When the worker stops with a short drain
        await scheduler.StopAsync(TimeSpan.FromMilliseconds(100));

        // Then the fire was interrupted (in memory there is nobody to hand it to) and its run is not completed
        var schedules = await store.ListSchedulesAsync(TestContext.Current.CancellationToken);
        Assert.Contains(schedules, s => s.LastOutcome == "interrupted");
        var run = await runs.GetRunAsync(steps.Calls.First().RunId, TestContext.Current.CancellationToken);
        Assert.NotEqual(RunStatus.Completed, run!.Status);
    }
}
