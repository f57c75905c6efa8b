using System.Text.Json;
using Yardstick.Core.Runs;
using Yardstick.Core.Statistics;

namespace Yardstick.Core.Pages;

/// <summary>
/// The one speed rule every page, the API and the CSV use (docs/methodology.md, "The speed rule"): over the completed
/// perf runs at the headline workload — 100-token prompts (<see cref="HeadlineTask"/>), one request at a time — on the
/// endpoint of the newest such run, the median of each run's median output speed and median TTFT among the runs that
/// started in the last 72 h. With none in the last 72 h, the latest such run; with none at the headline workload, the
/// latest perf run at its own workload. <see cref="ModelSpeed.Basis"/> says which, and pages print it.
/// </summary>
public static class SpeedRule
{
    /// <summary>The workload name of the headline runs (DESIGN.md §2's ~100-token prompt class).</summary>
    public const string HeadlineTask = "prompt-length-100";

    /// <summary>One sentence for pages and the FAQ.</summary>
    public const string Description =
        "Speed figures are the median, over the last 72 h, of the per-run medians of completed perf runs at the headline workload "
        + "(100-token prompts, one request at a time) on one endpoint; with no such run in 72 h, the latest one; with none at that workload, "
        + "the latest perf run at its own workload. Each figure says which.";

    /// <summary>True for a run of <see cref="HeadlineTask"/> at concurrency 1 with no request rate (a configuration without either is single-stream).</summary>
    public static bool IsHeadlineWorkload(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Task != HeadlineTask)
            return false;
        try
        {
            using var config = JsonDocument.Parse(run.ConfigurationJson);
            if (config.RootElement.ValueKind != JsonValueKind.Object)
                return true;
            if (config.RootElement.TryGetProperty("rate_per_s", out var rate) && rate.ValueKind == JsonValueKind.Number)
                return false;
            return !config.RootElement.TryGetProperty("concurrency", out var c) || c.ValueKind != JsonValueKind.Number || c.GetDouble() == 1;
        }
        catch (JsonException)
        {
            return true;
        }
    }

    /// <summary>
    /// The runs a headline is taken over, newest first: the headline-workload runs on the newest one's endpoint, else
    /// the runs of the latest run's workload and endpoint. Runs that measured no output speed are left out.
    /// </summary>
    public static IReadOnlyList<PerfMeasurement> Series(IReadOnlyList<PerfMeasurement> perfNewestFirst, out bool headlineWorkload)
    {
        ArgumentNullException.ThrowIfNull(perfNewestFirst);
        var measured = perfNewestFirst.Where(p => p.Summary.OutputTokensPerSecond.N > 0 || p.Summary.TtftSeconds.N > 0).ToList();
        var headline = measured.Where(p => IsHeadlineWorkload(p.Run)).ToList();
        headlineWorkload = headline.Count > 0;
        var pool = headlineWorkload ? headline : measured;
        if (pool.Count == 0)
            return [];
        var newest = pool[0].Run;
        return pool.Where(p => p.Run.Task == newest.Task && p.Run.BaseUrl == newest.BaseUrl).ToList();
    }

    /// <summary>The model's speed at <paramref name="now"/>; null when it has no perf run with a figure.</summary>
    public static ModelSpeed? Of(IReadOnlyList<PerfMeasurement> perfNewestFirst, DateTimeOffset now)
    {
        var series = Series(perfNewestFirst, out var headlineWorkload);
        if (series.Count == 0)
            return null;
        var recent = headlineWorkload ? series.Where(p => p.Run.StartedUtc >= now - SpeedHeadline.DefaultWindow && p.Run.StartedUtc <= now).ToList() : [];
        var (basis, runs) = recent.Count > 0 ? (SpeedBasis.Window, recent)
            : (headlineWorkload ? SpeedBasis.LatestHeadlineRun : SpeedBasis.LatestOtherWorkload, new List<PerfMeasurement> { series[0] });
        return new ModelSpeed(basis, series[0].Run.Task, series[0].Run.BaseUrl, runs,
            MedianOf(runs.Select(p => p.Summary.OutputTokensPerSecond)), MedianOf(runs.Select(p => p.Summary.TtftSeconds)));
    }

    /// <summary>The median of the runs' medians; a run without the figure (n = 0) does not count.</summary>
    public static double? MedianOf(IEnumerable<DistributionSummary> runs)
    {
        var values = runs.Where(d => d.N > 0 && !double.IsNaN(d.P50)).Select(d => d.P50).ToArray();
        return values.Length == 0 ? null : Percentiles.Of(values, 50);
    }
}
