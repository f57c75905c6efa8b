using Yardstick.Core.Runs;
using Yardstick.Core.Statistics;

namespace Yardstick.Core.Metrics.Capacity;

/// <summary>
/// Over-saturation: at a load the server cannot sustain, requests queue faster than they are served and each waits longer
/// than the one before, without end. The stated test, over a level's successful measured requests in order of their
/// scheduled start (start − client-side waits): the first half is left out (a level starts with an empty queue, which
/// fills to its steady state even at a sustainable load); over the second half, the wait (client-side queue wait +
/// schedule lag + TTFT) has a Mann–Kendall trend upward with one-sided p below <see cref="Alpha"/>, and the Theil–Sen
/// slope over that half's span adds at least <see cref="MinimumGrowthShare"/> of its median wait and at least
/// <see cref="MinimumGrowthSeconds"/> (a trend too small to matter is not saturation). A bounded queue has no trend once
/// full; an unbounded one keeps growing. Below <see cref="MinimumRequests"/> requests in that half it is not tested.
/// </summary>
public static class SaturationTest
{
    public const int MinimumRequests = 20;
    public const double Alpha = 0.01;
    public const double MinimumGrowthShare = 0.5;
    public const double MinimumGrowthSeconds = 0.050;

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
        var later = points.OrderBy(p => p.Start).Skip(points.Count / 2).ToList();
        if (later.Count < MinimumRequests)
            return SaturationVerdict.NotTested(later.Count);
        var times = later.Select(p => p.Start).ToArray();
        var waits = later.Select(p => p.Wait).ToArray();
        var trend = MannKendall.Of(times, waits);
        var span = times.Max() - times.Min();
        var median = Percentiles.Of(waits, 50);
        var growth = trend.SenSlope * span;
        var saturated = trend.PValueIncreasing < Alpha && growth >= MinimumGrowthShare * median && growth >= MinimumGrowthSeconds;
        return SaturationVerdict.From(trend, span, median, saturated);
    }
}
