using System.Globalization;
using Spectre.Console;
using Yardstick.Measure.Load.Ladder;

namespace Yardstick.Cli.Perf;

/// <summary>Prints a load ladder: per step, system and per-user output throughput, E2E and TTFT percentiles, errors, and why it stopped.</summary>
internal static class LadderTable
{
    public static void Write(IAnsiConsole console, LadderResult result)
    {
        console.MarkupLine($"[bold]load ladder[/] [blue]{Markup.Escape(result.SeriesId)}[/]");
        var table = new Table().RoundedBorder();
        table.AddColumns("streams", "run", "system tok/s", "per-user tok/s", "E2E p50 (s)", "E2E p95 (s)", "TTFT p50 (ms)", "TTFT p95 (ms)", "ok", "failed");
        foreach (var column in table.Columns.Skip(2))
            column.RightAligned();
        foreach (var step in result.Steps)
        {
            var s = step.Summary;
            table.AddRow(step.Concurrency.ToString(CultureInfo.InvariantCulture), Markup.Escape(s.RunId ?? ""),
                F(s.Throughput?.SystemOutputTokensPerSecond, 1, "0.0"), F(s.Throughput?.PerUserOutputTokensPerSecond, 1, "0.0"),
                F(s.E2eLatencySeconds.P50, 1, "0.000"), F(s.E2eLatencySeconds.P95, 1, "0.000"),
                F(s.TtftSeconds.P50, 1000, "0.0"), F(s.TtftSeconds.P95, 1000, "0.0"),
                s.Requests.Ok.ToString(CultureInfo.InvariantCulture), s.Requests.Failed.ToString(CultureInfo.InvariantCulture));
        }
        console.Write(table);
        if (result.StoppedBecause is { } reason)
            console.MarkupLine($"[yellow]stopped:[/] {Markup.Escape(reason)}");
    }

    private static string F(double? value, double scale, string format) =>
        value is { } v && !double.IsNaN(v) ? (v * scale).ToString(format, CultureInfo.InvariantCulture) : "–";
}
