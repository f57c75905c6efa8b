using System.Globalization;
using Spectre.Console;
using Yardstick.Core.Metrics.Capacity;
using Yardstick.Measure.Load.Capacity;

namespace Yardstick.Cli.Perf;

/// <summary>Prints a capacity search: one row per level in the order measured (run, each SLO's value, saturation, verdict), then the frontier.</summary>
internal static class CapacityTable
{
    public static void Write(IAnsiConsole console, CapacitySearchResult result)
    {
        var unit = result.Mode == CapacityMode.Concurrency ? "streams" : "requests/s";
        console.MarkupLine($"[bold]capacity search[/] [blue]{Markup.Escape(result.SearchId)}[/] under {Markup.Escape(result.Slo.ToString())}");
        var table = new Table().RoundedBorder();
        var metrics = result.Levels.SelectMany(l => l.Verdict.Checks.Select(c => c.Metric)).Distinct().ToList();
        table.AddColumns([unit, "run", "ok", "failed", .. metrics.Select(Header), "queue growth (s)", "verdict"]);
        foreach (var level in result.Levels)
        {
            var v = level.Verdict;
            var values = metrics.Select(m => v.Checks.FirstOrDefault(c => c.Metric == m) is { } c ? (c.Met ? "" : "[red]") + Value(c) + (c.Met ? "" : "[/]") : "–");
            var growth = double.IsNaN(v.Saturation.GrowthSeconds) ? "–" : v.Saturation.GrowthSeconds.ToString("0.000", CultureInfo.InvariantCulture) + (v.Saturation.Saturated ? " [red]saturated[/]" : "");
            table.AddRow([Level(v.Level), Markup.Escape(v.RunId), level.Summary.Requests.Ok.ToString(CultureInfo.InvariantCulture),
                level.Summary.Requests.Failed.ToString(CultureInfo.InvariantCulture), .. values, growth,
                v.Passed ? "[green]pass[/]" : $"[red]fail[/] ({Markup.Escape(v.FailingSlo ?? "")})"]);
        }
        console.Write(table);
        foreach (var line in Frontier(result))
            console.MarkupLine(Markup.Escape(line));
    }

    /// <summary>The frontier in words: the highest level meeting the SLOs, what broke at the next, the interpolated estimate.</summary>
    public static IEnumerable<string> Frontier(CapacitySearchResult result)
    {
        var f = result.Frontier;
        var unit = result.Mode == CapacityMode.Concurrency ? "streams" : "requests/s";
        if (f.MaxPassingLevel is { } pass)
            yield return $"max load meeting the SLOs: {Level(pass)} {unit}" + (f.Stop == "maximum_passes" ? " (the search maximum: the capacity may be higher)" : "");
        else
            yield return $"no level met the SLOs: the capacity is below {Level(result.Levels.Min(l => l.Verdict.Level))} {unit}";
        if (f.FirstFailingLevel is { } fail)
            yield return $"first failing level: {Level(fail)} {unit} ({f.FailingSlo})";
        if (f.EstimatedLevel is { } estimate && f.FirstFailingLevel is not null && f.MaxPassingLevel is not null)
            yield return string.Create(CultureInfo.InvariantCulture, $"estimated frontier (linear interpolation of the failing SLO's value): {estimate:0.##} {unit}");
        if (result.Saturated is { } saturated)
            yield return $"over-saturation at {Level(saturated.Verdict.Level)} {unit}: {saturated.Verdict.Saturation} — the search went no higher";
    }

    public static string Level(double level) => level.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Header(string metric) => metric switch
    {
        LoadSlo.Ttft => "TTFT (ms)",
        LoadSlo.InterTokenLatency => "ITL (ms)",
        LoadSlo.E2eLatency => "E2E (s)",
        LoadSlo.ErrorRate => "errors",
        _ => metric,
    };

    private static string Value(SloCheck check) => double.IsNaN(check.Value) ? "–" : check.Metric switch
    {
        LoadSlo.Ttft or LoadSlo.InterTokenLatency => (check.Value * 1000).ToString("0.0", CultureInfo.InvariantCulture),
        LoadSlo.ErrorRate => check.Value.ToString("P1", CultureInfo.InvariantCulture),
        _ => check.Value.ToString("0.000", CultureInfo.InvariantCulture),
    };
}
