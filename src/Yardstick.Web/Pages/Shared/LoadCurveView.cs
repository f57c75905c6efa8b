using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Yardstick.Core.Metrics;
using Yardstick.Core.Metrics.Capacity;
using Yardstick.Core.Runs;
using Yardstick.Web.Charts;
using Yardstick.Web.Data;

namespace Yardstick.Web.Pages.Shared;

/// <summary>
/// What the load-curve partial shows: system output throughput against per-user speed, one point per level of the newest
/// capacity search, load ladder or sweep, labelled by its level, with the SLO frontier marked (the highest level of a
/// capacity search that met its SLOs, judged from the samples exactly as the search judged them), and the same figures as
/// a table. Levels are the newest finished run at each level of the series; interrupted runs are left out.
/// </summary>
public sealed class LoadCurveView
{
    public const string MeetsSlo = "meets the SLOs";
    public const string FailsSlo = "fails the SLOs";
    public const string Measured = "measured";
    public const string FailedRun = "failed (errors)";
    /// <summary>How many perf runs are read to find a series.</summary>
    private const int SearchLimit = 2000;

    private LoadCurveView(LoadSeries series, bool byRate, IReadOnlyList<LoadCurvePoint> points, string? frontier)
    {
        Series = series;
        ByRate = byRate;
        Points = points;
        FrontierText = frontier;
    }

    public LoadSeries Series { get; }
    public bool ByRate { get; }
    public IReadOnlyList<LoadCurvePoint> Points { get; }
    /// <summary>The frontier in words (capacity searches), null otherwise.</summary>
    public string? FrontierText { get; }

    public string Unit => ByRate ? "requests/s" : "streams";

    public string Title => Series.Kind switch
    {
        LoadSeries.Capacity => "Capacity search: system throughput vs per-user speed",
        LoadSeries.Ladder => "Load ladder: system throughput vs per-user speed",
        _ => "Load sweep: system throughput vs per-user speed",
    };

    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"{Points.Count} levels of {Series.Kind} {Series.Id} ({Points[0].Label} to {Points[^1].Label} {Unit}): each point is one level, its system output throughput (all requests' tokens over the level's window) against its per-user speed (the median request's tokens/s); more load moves right-to-left and up until the server saturates.")
        + (FrontierText is null ? "" : " " + FrontierText);

    public static async Task<LoadCurveView?> BuildAsync(SiteData data, LoadCurveSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(source);
        string? seriesId;
        IReadOnlyList<RunRecord> runs;
        if (source.Run is { } run)
        {
            if (run.Kind != RunKind.Perf || LoadSeries.Read(run) is not { } own)
                return null;
            seriesId = own.Id;
            runs = await data.Runs.ListRunsAsync(new RunQuery(Kind: RunKind.Perf, ModelSlug: run.ModelSlug, Limit: SearchLimit), cancellationToken);
        }
        else
        {
            runs = await data.Runs.ListRunsAsync(new RunQuery(Kind: RunKind.Perf, ModelSlug: source.ModelSlug, Limit: SearchLimit), cancellationToken);
            seriesId = runs.Where(r => Finished(r) && LoadSeries.Read(r) is not null).MaxBy(r => r.StartedUtc) is { } newest ? LoadSeries.Read(newest)!.Id : null;
        }
        if (seriesId is null)
            return null;
        var levels = runs.Where(Finished)
            .Select(r => (Series: LoadSeries.Read(r), Run: r))
            .Where(x => x.Series?.Id == seriesId)
            .GroupBy(x => x.Series!.Level)
            .Select(g => g.MaxBy(x => x.Run.StartedUtc))
            .OrderBy(x => x.Series!.Level)
            .ToList();
        if (levels.Count == 0)
            return null;
        var series = levels[^1].Series!;
        var byRate = levels.All(l => RateOf(l.Run) is not null);

        var verdicts = new Dictionary<double, LevelVerdict>();
        if (series.Slo is { IsEmpty: false } slo)
            foreach (var (s, r) in levels)
            {
                var samples = await data.Runs.GetSamplesAsync(r.Id, cancellationToken);
                verdicts[s!.Level] = new LevelVerdict(s.Level, r.Id, slo.Check(samples), SaturationTest.Of(samples));
            }
        var frontier = verdicts.Count > 0 ? CapacityFrontier.Of([.. verdicts.Values], CapacityStop.Bracketed) : null;

        var points = new List<LoadCurvePoint>(levels.Count);
        foreach (var (s, r) in levels)
        {
            if (r.SummaryJson is null || PerfSummaryJsonOrNull(r.SummaryJson) is not { } summary)
                continue;
            var verdict = verdicts.TryGetValue(s!.Level, out var v) ? (v.Passed ? MeetsSlo : FailsSlo) : r.Status == RunStatus.Failed ? FailedRun : Measured;
            points.Add(new LoadCurvePoint(s.Level, Label(s.Level, byRate), r.Id,
                summary.Throughput?.PerUserOutputTokensPerSecond ?? double.NaN, summary.Throughput?.SystemOutputTokensPerSecond ?? double.NaN,
                summary.E2eLatencySeconds.P50, summary.E2eLatencySeconds.P95, summary.TtftSeconds.P50, summary.TtftSeconds.P95,
                verdict, frontier?.MaxPassingLevel == s.Level));
        }
        if (points.Count == 0)
            return null;
        return new LoadCurveView(series, byRate, points, frontier is null ? null : FrontierWords(frontier, byRate, series.Slo!));
    }

    /// <summary>The chart: the curve in level order, points coloured by verdict and labelled by level, the frontier ringed and named.</summary>
    internal Chart ToChart()
    {
        var table = new ChartTable([new("name", ByRate ? "Requests/s" : "Streams"), new("level", "Level", InTable: false),
            new("per_user", "Per-user speed (tok/s)", Number), new("system", "System throughput (tok/s)", Number),
            new("e2e_p50", "E2E p50 (s)", Seconds), new("e2e_p95", "E2E p95 (s)", Seconds), new("ttft_p50", "TTFT p50 (s)", Seconds),
            new("verdict", "Verdict"), new("frontier", "SLO frontier", f => f is true ? "frontier" : ""), new("run", "Run")]) { LinkField = null };
        foreach (var p in Points)
            table.Add(p.Label, p.Level, p.PerUserTokensPerSecond, p.SystemTokensPerSecond, p.E2eP50Seconds, p.E2eP95Seconds, p.TtftP50Seconds, p.Verdict, p.Frontier, p.RunId);
        JsonObject X() => new() { ["field"] = "per_user", ["type"] = "quantitative", ["title"] = "Per-user speed (output tokens/s, median request)", ["scale"] = new JsonObject { ["zero"] = true }, ["axis"] = new JsonObject { ["format"] = ChartAxis.SpeedFormat, ["tickCount"] = 8 } };
        JsonObject Y() => new() { ["field"] = "system", ["type"] = "quantitative", ["title"] = "System throughput (output tokens/s)", ["scale"] = new JsonObject { ["zero"] = true }, ["axis"] = new JsonObject { ["format"] = ChartAxis.SpeedFormat } };
        var tooltip = new JsonArray(VegaLite.Tip("name", ByRate ? "Requests/s" : "Streams", type: "nominal"), VegaLite.Tip("per_user", "Per-user speed (tok/s)", ChartAxis.SpeedFormat),
            VegaLite.Tip("system", "System throughput (tok/s)", ChartAxis.SpeedFormat), VegaLite.Tip("e2e_p95", "E2E p95 (s)", ChartAxis.SecondsFormat),
            VegaLite.Tip("ttft_p50", "TTFT p50 (s)", ChartAxis.SecondsFormat), VegaLite.Tip("verdict", "Verdict", type: "nominal"), VegaLite.RunTip());
        var layers = new JsonArray
        {
            new JsonObject
            {
                ["mark"] = new JsonObject { ["type"] = "line", ["color"] = "#a8b3c4" },
                ["encoding"] = new JsonObject { ["x"] = X(), ["y"] = Y(), ["order"] = new JsonObject { ["field"] = "level", ["type"] = "quantitative" } },
            },
            new JsonObject
            {
                ["mark"] = new JsonObject { ["type"] = "point", ["filled"] = true, ["size"] = 90 },
                ["encoding"] = new JsonObject
                {
                    ["x"] = X(), ["y"] = Y(),
                    ["color"] = new JsonObject
                    {
                        ["field"] = "verdict", ["type"] = "nominal", ["title"] = "Level",
                        ["scale"] = VerdictScale(),
                        ["legend"] = new JsonObject { ["orient"] = "bottom" },
                    },
                    ["tooltip"] = tooltip,
                },
            },
            new JsonObject
            {
                ["mark"] = new JsonObject { ["type"] = "text", ["align"] = "left", ["dx"] = 8, ["dy"] = -8, ["fontSize"] = 11 },
                ["encoding"] = new JsonObject { ["x"] = X(), ["y"] = Y(), ["text"] = new JsonObject { ["field"] = "name" } },
            },
            new JsonObject
            {
                ["transform"] = new JsonArray(new JsonObject { ["filter"] = "datum.frontier" }),
                ["mark"] = new JsonObject { ["type"] = "point", ["size"] = 420, ["stroke"] = "#111", ["strokeWidth"] = 2, ["filled"] = false },
                ["encoding"] = new JsonObject { ["x"] = X(), ["y"] = Y() },
            },
            new JsonObject
            {
                ["transform"] = new JsonArray(new JsonObject { ["filter"] = "datum.frontier" }),
                ["mark"] = new JsonObject { ["type"] = "text", ["align"] = "left", ["dx"] = 14, ["dy"] = 16, ["fontSize"] = 11, ["fontWeight"] = "bold", ["text"] = "SLO frontier" },
                ["encoding"] = new JsonObject { ["x"] = X(), ["y"] = Y() },
            },
        };
        var spec = new JsonObject
        {
            ["$schema"] = VegaLite.Schema,
            ["description"] = Summary,
            ["width"] = "container",
            ["height"] = 320,
            ["data"] = new JsonObject { ["values"] = table.ToJson() },
            ["layer"] = layers,
            ["config"] = new JsonObject { ["view"] = new JsonObject { ["stroke"] = null }, ["axis"] = new JsonObject { ["gridColor"] = "#eef0f4" } },
        };
        return new Chart("load-curve", Title, Summary, spec, table);
    }

    /// <summary>Colours for the verdicts this curve has (a legend listing verdicts no point has would only puzzle).</summary>
    private JsonObject VerdictScale()
    {
        var colours = new (string Verdict, string Colour)[] { (MeetsSlo, "#1b7f3b"), (FailsSlo, "#b00020"), (Measured, "#2457c5"), (FailedRun, "#b00020") }
            .Where(c => Points.Any(p => p.Verdict == c.Verdict)).ToList();
        return new JsonObject
        {
            ["domain"] = new JsonArray([.. colours.Select(c => (JsonNode)c.Verdict)]),
            ["range"] = new JsonArray([.. colours.Select(c => (JsonNode)c.Colour)]),
        };
    }

    private static bool Finished(RunRecord run) => run.Status is RunStatus.Completed or RunStatus.Failed;

    private static PerfSummary? PerfSummaryJsonOrNull(string json)
    {
        try
        {
            return PerfSummaryJson.Deserialize(json);
        }
        catch (JsonException)
        {
            // An unreadable summary is listed on the run's own page; the curve leaves that level out.
            return null;
        }
    }

    private static double? RateOf(RunRecord run)
    {
        try
        {
            using var document = JsonDocument.Parse(run.ConfigurationJson);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("rate_per_s", out var rate)
                && rate.ValueKind == JsonValueKind.Number ? rate.GetDouble() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Label(double level, bool byRate) =>
        level.ToString("0.###", CultureInfo.InvariantCulture) + (byRate ? "/s" : "");

    private static string FrontierWords(CapacityFrontier frontier, bool byRate, LoadSlo slo)
    {
        var unit = byRate ? "requests/s" : "streams";
        if (frontier.MaxPassingLevel is not { } pass)
            return $"No level met the SLOs ({slo}).";
        var text = string.Create(CultureInfo.InvariantCulture, $"SLO frontier ({slo}): {Label(pass, false)} {unit} is the highest level measured that met them");
        if (frontier.FirstFailingLevel is { } fail)
            text += string.Create(CultureInfo.InvariantCulture, $"; {Label(fail, false)} {unit} failed ({frontier.FailingSlo}); interpolated frontier {frontier.EstimatedLevel:0.##} {unit}");
        return text + ".";
    }

    private static string Number(object? value) => value is double d && double.IsFinite(d) ? d.ToString("0.0", CultureInfo.InvariantCulture) : "–";

    private static string Seconds(object? value) => value is double d ? Yardstick.Web.Formatting.Format.Seconds(d) : "–";
}
