using Yardstick.Core.Scheduling;
using Yardstick.Storage.Scheduling;

namespace Yardstick.Storage.Tests.Scheduling;

/// <summary>What every scheduling store must do; subclassed once per database.</summary>
public abstract class SchedulingStoreContractTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 2, 0, 0, 0, TimeSpan.Zero);

    protected abstract DatabaseProvider Provider { get; }

    private async Task<ISchedulingStore> NewStoreAsync() => new EfSchedulingStore(await TestDatabases.CreateAsync(Provider));

    private static ScheduleRecord Schedule(string key, string every = "every 3h") => new()
    {
        Key = key, Suite = key.Split('/')[0], Endpoint = key.Split('/')[1], ModelSlug = "yardstick-tiny", Schedule = every, NextFireUtc = T0.AddHours(3),
    };

    [Fact]
    public async Task The_applied_plan_is_replaced_by_the_next_one()
    {
        var store = await NewStoreAsync();
        Assert.Null(await store.GetPlanAsync());

        await store.SavePlanAsync("endpoints: []", T0);
        await store.SavePlanAsync("suites: []", T0.AddMinutes(1));

        Assert.Equal("suites: []", await store.GetPlanAsync());
    }

    [Fact]
    public async Task Replacing_schedules_adds_updates_and_removes_but_keeps_the_last_fire()
    {
        // Given two schedules, one of which fired
        var store = await NewStoreAsync();
        await store.ReplaceSchedulesAsync([Schedule("speed/a"), Schedule("speed/b")]);
        await store.RecordFireAsync("speed/a", T0.AddHours(3), "completed", T0.AddHours(6));

        // When the plan changes a's interval, drops b and adds c
        await store.ReplaceSchedulesAsync([Schedule("speed/a", "every 1h"), Schedule("speed/c")]);

        // Then a keeps its last fire, b is gone, c is new
        var schedules = await store.ListSchedulesAsync();
        Assert.Equal(["speed/a", "speed/c"], schedules.Select(s => s.Key));
        Assert.Equal("every 1h", schedules[0].Schedule);
        Assert.Equal(T0.AddHours(3), schedules[0].LastFireUtc);
        Assert.Equal("completed", schedules[0].LastOutcome);
        Assert.Null(schedules[1].LastFireUtc);
    }

    [Fact]
    public async Task A_heartbeat_inserts_then_updates_the_worker()
    {
        var store = await NewStoreAsync();
        var worker = new WorkerRecord { Name = "w1", Location = "eu", Host = "h", StartedUtc = T0, HeartbeatUtc = T0 };

        await store.HeartbeatAsync(worker);
        await store.HeartbeatAsync(worker with { HeartbeatUtc = T0.AddSeconds(10), CurrentRunId = "perf-1", FiresCompleted = 2 });

        var read = Assert.Single(await store.ListWorkersAsync());
        Assert.Equal(worker with { HeartbeatUtc = T0.AddSeconds(10), CurrentRunId = "perf-1", FiresCompleted = 2 }, read);
        Assert.True(read.IsAlive(T0.AddSeconds(20), TimeSpan.FromSeconds(30)));
        Assert.False(read.IsAlive(T0.AddSeconds(60), TimeSpan.FromSeconds(30)));
    }
}
