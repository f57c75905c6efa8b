using Yardstick.Core.Statistics;

namespace Yardstick.Core.Pages;

/// <summary>
/// The published speed headline (DESIGN.md §2): over the completed perf runs of the latest run's workload and endpoint
/// started within a time window (72 h by default, 14 d also shown), the median of each run's median output speed and
/// median TTFT. Each run's medians are recomputable from its samples, and the headline names the runs it took.
/// </summary>
public sealed record SpeedHeadline(TimeSpan Window, string Workload, string Endpoint, IReadOnlyList<string> RunIds,
    double? OutputTokensPerSecond, double? TtftSeconds)
{
    public static TimeSpan DefaultWindow { get; } = TimeSpan.FromHours(72);

    public static TimeSpan LongWindow { get; } = TimeSpan.FromDays(14);

    /// <summary>"72 h", "14 d".</summary>
    public string WindowLabel => Window.TotalHours <= 72 ? $"{Window.TotalHours:0} h" : $"{Window.TotalDays:0} d";

    /// <summary>The headline over <paramref name="window"/> ending at <paramref name="now"/>; null when no comparable run started in it.</summary>
    public static SpeedHeadline? Of(IReadOnlyList<PerfMeasurement> perfNewestFirst, TimeSpan window, DateTimeOffset now)
    {
        if (perfNewestFirst.Count == 0)
            return null;
        var latest = perfNewestFirst[0].Run;
        var runs = perfNewestFirst
            .Where(p => p.Run.Task == latest.Task && p.Run.BaseUrl == latest.BaseUrl && p.Run.StartedUtc >= now - window && p.Run.StartedUtc <= now)
            .Where(p => p.Summary.OutputTokensPerSecond.N > 0)
            .ToList();
        if (runs.Count == 0)
            return null;
        return new SpeedHeadline(window, latest.Task, latest.BaseUrl, runs.Select(p => p.Run.Id).ToList(),
            MedianOf(runs.Select(p => p.Summary.OutputTokensPerSecond.P50)), MedianOf(runs.Select(p => p.Summary.TtftSeconds.P50)));
    }

    private static double? MedianOf(IEnumerable<double> runMedians)
    {
        var values = runMedians.Where(v => !double.IsNaN(v)).ToArray();
        return values.Length == 0 ? null : Percentiles.Of(values, 50);
    }
}
