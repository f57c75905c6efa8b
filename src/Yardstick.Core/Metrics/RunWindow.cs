using Yardstick.Core.Runs;

namespace Yardstick.Core.Metrics;

/// <summary>
/// The wall-clock span a run's requests covered: from the first request issued to the last token received (each
/// request's start plus its send lag and last token offset). System throughput and goodput are rates over it.
/// </summary>
public static class RunWindow
{
    /// <summary>Seconds from the first start to the last end among <paramref name="samples"/>; 0 when there are none.</summary>
    public static double Seconds(IReadOnlyList<SampleRecord> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
            return 0;
        var start = samples.Min(s => s.RequestStartedUtc);
        var end = samples.Max(End);
        return Math.Max(0, (end - start).TotalSeconds);
    }

    private static DateTimeOffset End(SampleRecord sample) => sample.RequestStartedUtc
        + TimeSpan.FromSeconds((SampleDetails.Number(sample, SampleDetails.SendLagSeconds) ?? 0) + (sample.LastTokenSeconds ?? sample.TtftSeconds ?? 0));
}
