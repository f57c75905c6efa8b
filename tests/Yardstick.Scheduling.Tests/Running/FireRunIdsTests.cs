using Yardstick.Scheduling.Running;
using Yardstick.Scheduling.Tests.Fakes;

namespace Yardstick.Scheduling.Tests.Running;

public sealed class FireRunIdsTests
{
    [Fact]
    public void Ids_differ_by_work_fire_and_step_and_repeat_for_the_same_ones()
    {
        var work = TestPlans.Load(TestPlans.Yaml()).Work();
        var fire = new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero);
        var steps = work[0].Steps();

        var ids = new[]
        {
            FireRunIds.For(work[0], fire, steps[0]), FireRunIds.For(work[0], fire, steps[1]),
            FireRunIds.For(work[1], fire, steps[0]), FireRunIds.For(work[0], fire.AddHours(1), steps[0]),
        };

        Assert.Equal(4, ids.Distinct().Count());
        Assert.Equal(ids[0], FireRunIds.For(work[0], fire.ToOffset(TimeSpan.FromHours(2)), steps[0]));
        Assert.Equal(ids[0], FireRunIds.For(work[0], fire.AddMilliseconds(999), steps[0]));
        Assert.Matches("^perf-20261202T030000Z-[0-9a-f]{6}$", ids[0]);
    }

    [Fact]
    public void A_suite_with_probes_ends_each_fire_with_one_probe_run()
    {
        // Given a suite that measures speed and probes capabilities
        var plan = TestPlans.Load(TestPlans.Yaml(extraSuite:
            "  - { name: checks, endpoints: [a], perf: { prompt_tokens: [100], concurrency: [1], requests: 2, max_tokens: 8 }, probes: [all], every: 1d }"));
        var work = plan.Work().Single(w => w.Suite.Name == "checks");

        // When its steps are listed
        var steps = work.Steps();

        // Then the probe run comes last, as a probe-kind run id of its own
        Assert.Equal(2, steps.Count);
        Assert.True(steps[^1].IsProbe);
        Assert.False(steps[^1].IsPerf);
        Assert.Equal(["all"], steps[^1].Probes!);
        Assert.Matches("^probe-20261202T030000Z-[0-9a-f]{6}$", FireRunIds.For(work, new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero), steps[^1]));
    }

    [Theory]
    [InlineData("perf-20261202T030000Z-3f9a1c", "2026-12-02T03:00:00Z")]
    [InlineData("eval-20261231T235959Z-000000", "2026-12-31T23:59:59Z")]
    [InlineData("perf-2026-3f9a1c", null)]
    [InlineData("perf-20261202T030000-3f9a1c", null)]
    public void The_fire_time_is_read_back_from_a_run_id(string runId, string? expected) =>
        Assert.Equal(expected is null ? null : DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FireRunIds.FireUtcOf(runId));
}
