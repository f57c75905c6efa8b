namespace Yardstick.Core.Pages;

/// <summary>
/// A speed headline over a time window (DESIGN.md §2: 72 h by default, 14 d also shown): over the runs of
/// <see cref="SpeedRule.Series"/> (the headline workload on one endpoint) started within the window, the median of each
/// run's median output speed and median TTFT. Each run's medians are recomputable from its samples, and the headline
/// names the runs it took.
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
        var runs = SpeedRule.Series(perfNewestFirst, out _).Where(p => p.Run.StartedUtc >= now - window && p.Run.StartedUtc <= now).ToList();
        if (runs.Count == 0)
            return null;
        return new SpeedHeadline(window, runs[0].Run.Task, runs[0].Run.BaseUrl, runs.Select(p => p.Run.Id).ToList(),
            SpeedRule.MedianOf(runs.Select(p => p.Summary.OutputTokensPerSecond)), SpeedRule.MedianOf(runs.Select(p => p.Summary.TtftSeconds)));
    }
}
