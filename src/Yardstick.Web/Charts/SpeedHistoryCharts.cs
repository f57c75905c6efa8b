using System.Globalization;
using Yardstick.Core.Pages;
using Yardstick.Web.Formatting;

namespace Yardstick.Web.Charts;

/// <summary>
/// A model page's time series (issue 9): one point per completed perf run over the last 14 days — its median output
/// speed or median TTFT — one line per endpoint and location, with a 72 h / 14 d toggle. Each point links to its run;
/// the data download is the API's <c>/api/models/{slug}/speed-history</c>, the same points recomputed from samples.
/// </summary>
internal static class SpeedHistoryCharts
{
    public const string SpeedId = "speed-over-time", TtftId = "ttft-over-time";

    /// <summary>The toggle's two choices; the spec's filter compares against the first.</summary>
    private const string Short = "72 h", Long = "14 d";

    public static IReadOnlyList<Chart> Build(string slug, ModelMeasurements measured, DateTimeOffset now)
    {
        var points = measured.Perf.Where(p => p.Run.StartedUtc >= now - SpeedHeadline.LongWindow && p.Run.StartedUtc <= now)
            .OrderBy(p => p.Run.StartedUtc).ThenBy(p => p.Run.Id, StringComparer.Ordinal).ToList();
        // A line joins runs of one workload only: a 10k-token prompt's TTFT is no point on a 100-token prompt's line.
        var severalWorkloads = points.Select(p => p.Run.Task).Distinct(StringComparer.Ordinal).Count() > 1;
        string Series(PerfMeasurement p) => $"{p.Run.BaseUrl} · {Location(p)}" + (severalWorkloads ? $" · {p.Run.Task}" : "");
        var dataUrl = $"{Links.ApiModel(slug)}/speed-history?days={SpeedHeadline.LongWindow.TotalDays:0}";
        return
        [
            OverTime(SpeedId, "Output speed over time", "Median output speed (tokens/s)", points, Series, now, p => p.Summary.OutputTokensPerSecond.P50,
                v => Format.Number(v, "0.#") + " tokens/s", ChartAxis.SpeedFormat, dataUrl),
            OverTime(TtftId, "Time to first token over time", "Median time to first token (s)", points, Series, now, p => p.Summary.TtftSeconds.P50,
                Format.Seconds, ChartAxis.SecondsFormat, dataUrl),
        ];
    }

    private static string Location(PerfMeasurement p) => string.IsNullOrWhiteSpace(p.Run.Location) ? "no location label" : p.Run.Location;

    private static Chart OverTime(string id, string title, string axisTitle, IReadOnlyList<PerfMeasurement> points, Func<PerfMeasurement, string> series,
        DateTimeOffset now, Func<PerfMeasurement, double> figure, Func<double, string> display, string format, string dataUrl)
    {
        var table = new ChartTable([new("time", "Run started (UTC)", v => Format.Time((DateTimeOffset)v!)), new("part", "Endpoint · location"),
            new("value", axisTitle, v => display(Convert.ToDouble(v, CultureInfo.InvariantCulture))), new("n", "Successful requests"),
            new("in_72h", "In the last 72 h", v => (bool)v! ? "yes" : "no"), new("run", "Run"), new("href", "href", InTable: false)]) { LinkField = null };
        foreach (var p in points.Where(p => double.IsFinite(figure(p))))
            table.Add(p.Run.StartedUtc, series(p), figure(p), p.Summary.Requests.Ok, p.Run.StartedUtc >= now - SpeedHeadline.DefaultWindow, p.Run.Id, Links.Run(p.Run.Id));
        var recent = table.Rows.Count(row => (bool)table.Value(row, "in_72h")!);
        var lines = table.Rows.Select(row => (string)table.Value(row, "part")!).Distinct(StringComparer.Ordinal).Count();
        var summary = table.Count switch
        {
            0 => "No perf run in the last 14 days.",
            1 => $"One perf run so far, so one point ({display(Convert.ToDouble(table.Value(table.Rows[0], "value"), CultureInfo.InvariantCulture))}, {table.Value(table.Rows[0], "part")}); "
                 + "each later run (the scheduler measures again) adds a point.",
            _ => $"{table.Count} perf runs in the last 14 days ({recent} in the last 72 h) on {lines} endpoint{(lines == 1 ? "" : "s")} and location{(lines == 1 ? "" : "s")}, "
                 + $"each point its run's median: from {display(Min(table))} to {display(Max(table))}. The 72 h and 14 d headlines are medians of these points.",
        };
        var spec = VegaLite.Lines(summary, table, new ChartAxis("value", axisTitle, format), "Endpoint · location",
            [VegaLite.Tip("time", "Run started (UTC)", "%Y-%m-%d %H:%M", "temporal"), VegaLite.Tip("part", "Endpoint · location", type: "nominal"),
             VegaLite.Tip("value", axisTitle, format), VegaLite.Tip("n", "Successful requests", ChartAxis.CountFormat), VegaLite.RunTip()]);
        VegaLite.AddWindowToggle(spec, "Window", [Long, Short], "in_72h");
        return new Chart(id, title, summary, spec, table) { DataJsonUrl = dataUrl };
    }

    private static double Min(ChartTable table) => table.Rows.Min(row => Convert.ToDouble(table.Value(row, "value"), CultureInfo.InvariantCulture));

    private static double Max(ChartTable table) => table.Rows.Max(row => Convert.ToDouble(table.Value(row, "value"), CultureInfo.InvariantCulture));
}
