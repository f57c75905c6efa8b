using Yardstick.Core.Metrics;
using Yardstick.Core.Metrics.Capacity;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Tests.Metrics.Capacity;

public sealed class SaturationTestTests
{
    [Fact]
    public void A_wait_that_grows_with_each_arrival_is_saturation()
    {
        // Given 40 arrivals a second apart whose queue wait grows by 50 ms each (a server slower than the arrival rate)
        var samples = Enumerable.Range(0, 40).Select(i => WithQueueWait(SampleBuilder.Steady(0.1, 10, 2, i), i * 0.05)).ToList();

        var verdict = SaturationTest.Of(samples);

        Assert.True(verdict.Saturated, verdict.ToString());
        Assert.Equal(0.05, verdict.SlopeSecondsPerSecond, 1e-6);
        Assert.Contains("grows without bound", verdict.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_queue_that_fills_then_holds_steady_is_not_saturation()
    {
        // Given a level whose wait climbs for its first 20 arrivals (the queue filling) then stays at 0.5 s
        var samples = Enumerable.Range(0, 40).Select(i => WithQueueWait(SampleBuilder.Steady(0.1, 10, 2, i), Math.Min(i, 20) * 0.025 + (i % 3) * 0.001)).ToList();

        Assert.False(SaturationTest.Of(samples).Saturated);
    }

    [Fact]
    public void A_steady_wait_with_noise_is_not_saturation()
    {
        // Given 40 arrivals whose TTFT alternates around 0.2 s with no trend
        var samples = Enumerable.Range(0, 40).Select(i => SampleBuilder.Steady(0.2 + (i % 5 - 2) * 0.01, 10, 2, i)).ToList();

        Assert.False(SaturationTest.Of(samples).Saturated);
    }

    [Fact]
    public void A_significant_but_tiny_trend_is_not_saturation()
    {
        // Given TTFT rising by 0.1 ms per arrival over 40 s on a 1 s base: significant, but 4 ms in all
        var samples = Enumerable.Range(0, 40).Select(i => SampleBuilder.Steady(1 + i * 0.0001, 10, 2, i)).ToList();

        var verdict = SaturationTest.Of(samples);

        Assert.True(verdict.PValue < SaturationTest.Alpha);
        Assert.False(verdict.Saturated);
    }

    [Fact]
    public void Too_few_requests_are_not_tested()
    {
        // Given a queue growing fast, but too few requests in the level's second half to test it
        var samples = Enumerable.Range(0, 2 * SaturationTest.MinimumRequests - 2).Select(i => WithQueueWait(SampleBuilder.Steady(0.1, 10, 2, i), i)).ToList();

        var verdict = SaturationTest.Of(samples);

        Assert.False(verdict.Saturated);
        Assert.Equal(SaturationTest.MinimumRequests - 1, verdict.N);
    }

    /// <summary>The sample started <paramref name="seconds"/> after it was due: its scheduled start is earlier by as much.</summary>
    private static SampleRecord WithQueueWait(SampleRecord sample, double seconds) => sample with
    {
        RequestStartedUtc = sample.RequestStartedUtc.AddSeconds(seconds),
        DetailsJson = $$"""{"{{SampleDetails.QueueWaitSeconds}}":{{seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}""",
    };
}
