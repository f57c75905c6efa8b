using Yardstick.Core.Metrics.Capacity;

namespace Yardstick.Core.Tests.Metrics.Capacity;

public sealed class CapacityFrontierTests
{
    [Fact]
    public void The_estimate_follows_the_broken_objective_between_the_last_pass_and_the_first_failure()
    {
        // Given p95 TTFT 0.6 s at 8 streams (bound 1 s) and 1.4 s at 16 streams
        var measured = new[] { Level(8, ttft: 0.6, e2e: 2), Level(16, ttft: 1.4, e2e: 3) };

        var frontier = CapacityFrontier.Of(measured, CapacityStop.Bracketed);

        // Then the line through them reaches 1 s half way, at 12 streams; TTFT is the failing objective
        Assert.Equal(12, frontier.EstimatedLevel!.Value, 1e-9);
        Assert.Equal(LoadSlo.Ttft, frontier.FailingSlo);
        Assert.Equal("bracketed", frontier.Stop);
    }

    [Fact]
    public void With_several_broken_objectives_the_lowest_crossing_is_the_frontier()
    {
        // Given TTFT crossing its 1 s bound at 12 and E2E crossing its 10 s bound at 10 (8 → 16 streams: 6 s → 22 s)
        var measured = new[] { Level(8, ttft: 0.6, e2e: 6), Level(16, ttft: 1.4, e2e: 22) };

        var frontier = CapacityFrontier.Of(measured, CapacityStop.Bracketed);

        Assert.Equal(10, frontier.EstimatedLevel!.Value, 1e-9);
    }

    [Fact]
    public void A_level_failing_only_for_saturation_says_so_and_estimates_the_passing_level()
    {
        var saturated = new SaturationVerdict(true, 40, 5.1, 1e-7, 0.05, 1.5, 0.4);
        var measured = new[] { Level(4, ttft: 0.5, e2e: 2), Level(8, ttft: 0.9, e2e: 3) with { Saturation = saturated } };

        var frontier = CapacityFrontier.Of(measured, CapacityStop.Bracketed);

        Assert.Equal(LevelVerdict.Saturated, frontier.FailingSlo);
        Assert.Equal((4.0, 8.0, 4.0), (frontier.MaxPassingLevel!.Value, frontier.SaturatedLevel!.Value, frontier.EstimatedLevel!.Value));
    }

    [Fact]
    public void When_every_level_passed_the_frontier_is_the_maximum()
    {
        var frontier = CapacityFrontier.Of([Level(1, ttft: 0.1, e2e: 1), Level(2, ttft: 0.2, e2e: 1)], CapacityStop.MaximumPasses);

        Assert.Equal((2.0, (double?)null, 2.0), (frontier.MaxPassingLevel!.Value, frontier.FirstFailingLevel, frontier.EstimatedLevel!.Value));
        Assert.Equal("maximum_passes", frontier.Stop);
    }

    private static LevelVerdict Level(double level, double ttft, double e2e) =>
        new(level, $"perf-{level}", [SloCheck.AtMost(LoadSlo.Ttft, 1.0, ttft), SloCheck.AtMost(LoadSlo.E2eLatency, 10.0, e2e)], SaturationVerdict.NotTested(0));
}
