using Yardstick.Core.Metrics.Capacity;

namespace Yardstick.Core.Tests.Metrics.Capacity;

public sealed class CapacitySearchPlanTests
{
    [Theory]
    [InlineData(6, 64, new[] { 1.0, 2, 4, 8, 6, 7 }, 6.0, 7.0, CapacityStop.Bracketed)]
    [InlineData(1, 64, new[] { 1.0, 2 }, 1.0, 2.0, CapacityStop.Bracketed)]
    [InlineData(37, 64, new[] { 1.0, 2, 4, 8, 16, 32, 64, 48, 40, 36, 38, 37 }, 37.0, 38.0, CapacityStop.Bracketed)]
    [InlineData(100, 48, new[] { 1.0, 2, 4, 8, 16, 32, 48 }, 48.0, null, CapacityStop.MaximumPasses)]
    [InlineData(0, 64, new[] { 1.0 }, null, 1.0, CapacityStop.LowestFails)]
    public void Concurrency_search_brackets_by_doubling_then_bisects_to_adjacent_levels(
        int knee, int maximum, double[] expectedLevels, double? expectedPass, double? expectedFail, CapacityStop expectedStop)
    {
        // Given a server that meets its objectives up to `knee` streams and none beyond
        var plan = new CapacitySearchPlan(1, maximum, Integer: true);

        // When the search runs to its end
        var (levels, stop) = Run(plan, level => level <= knee);

        // Then it measured exactly these levels and stopped between the knee and the next level
        Assert.Equal(expectedLevels, levels.Select(l => l.Level));
        Assert.Equal(expectedStop, stop);
        var frontier = CapacityFrontier.Of(levels, stop);
        Assert.Equal((expectedPass, expectedFail), (frontier.MaxPassingLevel, frontier.FirstFailingLevel));
    }

    [Fact]
    public void Rate_search_bisects_until_within_the_precision()
    {
        // Given a server that sustains up to 5.3 requests per second, searched from 1/s with 5 % precision
        var plan = new CapacitySearchPlan(1, 1000, Integer: false, Precision: 0.05);

        var (levels, stop) = Run(plan, rate => rate <= 5.3);

        // Then doubling finds 4 (pass) and 8 (fail), and bisection narrows to within 5 % of the pass
        Assert.Equal([1.0, 2, 4, 8, 6, 5, 5.5, 5.25], levels.Select(l => l.Level));
        var frontier = CapacityFrontier.Of(levels, stop);
        Assert.Equal((5.25, 5.5), (frontier.MaxPassingLevel!.Value, frontier.FirstFailingLevel!.Value));
        Assert.True(5.5 - 5.25 <= 0.05 * 5.25 + 1e-12);
    }

    [Fact]
    public void Replaying_the_stored_levels_continues_where_the_search_stopped()
    {
        // Given a search interrupted after measuring 1, 2, 4 and 8 (8 failed)
        var plan = new CapacitySearchPlan(1, 64, Integer: true);
        var stored = new[] { Level(1, true), Level(2, true), Level(4, true), Level(8, false) };

        // When the plan is asked again from those levels alone
        var next = plan.Next(stored);

        // Then it bisects next, without measuring any of them again
        Assert.Equal(CapacityStep.Measure(6), next);
    }

    [Fact]
    public void A_failure_below_a_pass_keeps_the_frontier_below_the_failure()
    {
        // Given noisy levels: 4 failed although 6 passed
        var measured = new[] { Level(1, true), Level(2, true), Level(4, false), Level(6, true), Level(3, true) };

        var frontier = CapacityFrontier.Of(measured, CapacityStop.Bracketed);

        Assert.Equal((3.0, 4.0), (frontier.MaxPassingLevel!.Value, frontier.FirstFailingLevel!.Value));
        Assert.Equal(CapacityStep.Done(CapacityStop.Bracketed), new CapacitySearchPlan(1, 64, true).Next(measured));
    }

    [Theory]
    [InlineData(0, 8, true)]
    [InlineData(2, 1, true)]
    [InlineData(1.5, 8, true)]
    [InlineData(1, 8, true, 1.5)]
    public void Impossible_plans_are_refused(double start, double maximum, bool integer, double precision = 0.05) =>
        Assert.NotEmpty(new CapacitySearchPlan(start, maximum, integer, precision).Problems());

    private static (List<LevelVerdict> Levels, CapacityStop Stop) Run(CapacitySearchPlan plan, Func<double, bool> passes)
    {
        var levels = new List<LevelVerdict>();
        for (var guard = 0; guard < 100; guard++)
        {
            var step = plan.Next(levels);
            if (step.Stop is { } stop)
                return (levels, stop);
            levels.Add(Level(step.NextLevel!.Value, passes(step.NextLevel.Value)));
        }
        throw new InvalidOperationException("the search did not end");
    }

    internal static LevelVerdict Level(double level, bool passed, double ttft = double.NaN) =>
        new(level, $"perf-{level}", [SloCheck.AtMost(LoadSlo.Ttft, 1.0, double.IsNaN(ttft) ? (passed ? 0.5 : 2.0) : ttft)], SaturationVerdict.NotTested(0));
}
