using Yardstick.Core.Runs;
using Yardstick.Core.Statistics;

namespace Yardstick.Core.Metrics.Capacity;

/// <summary>
/// Over-saturation: at a load the server cannot sustain, requests queue faster than they are served and each waits longer
/// than the one before. The stated test, over a level's successful measured requests: the wait (client-side queue wait +
/// schedule lag + TTFT) against the scheduled start (start − those client waits) has a Mann–Kendall trend upward with
/// one-sided p below <see cref="Alpha"/>, and the Theil–Sen slope over the level's span adds at least
/// <see cref="MinimumGrowthShare"/> of the median wait and at least <see cref="MinimumGrowthSeconds"/> (a trend too small to matter
/// is not saturation). Below <see cref="MinimumRequests"/> requests it is not tested.
/// </summary>
public static class SaturationTest
{
    public const int MinimumRequests = 20;
    public const double Alpha = 0.01;
    public const double MinimumGrowthShare = 0.5;
    public const double MinimumGrowthSeconds = 0.010;

    public static SaturationVerdict Of(IReadOnlyList<SampleRecord> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var points = new List<(double Start, double Wait)>();
        foreach (var sample in samples)
        {
            if (PerfAnalysis.IsWarmup(sample) || !sample.Succeeded || sample.TtftSeconds is not { } ttft)
                continue;
            var details = SampleDetails.Numbers(sample);
            var clientWait = details.GetValueOrDefault(SampleDetails.QueueWaitSeconds) + details.GetValueOrDefault(SampleDetails.ScheduleLagSeconds);
            var scheduled = sample.RequestStartedUtc - TimeSpan.FromSeconds(clientWait);
            points.Add(((scheduled - DateTimeOffset.UnixEpoch).TotalSeconds, clientWait + ttft));
        }
        if (points.Count < MinimumRequests)
            return SaturationVerdict.NotTested(points.Count);
        var times = points.Select(p => p.Start).ToArray();
        var waits = points.Select(p => p.Wait).ToArray();
        var trend = MannKendall.Of(times, waits);
        var span = times.Max() - times.Min();
        var median = Percentiles.Of(waits, 50);
        var growth = trend.SenSlope * span;
        var saturated = trend.PValueIncreasing < Alpha && growth >= MinimumGrowthShare * median && growth >= MinimumGrowthSeconds;
        return SaturationVerdict.From(trend, span, median, saturated);
    }
}
