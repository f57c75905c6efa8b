using System.Globalization;
using Spectre.Console;
using Yardstick.Core.Metrics;

namespace Yardstick.Cli.Perf;

/// <summary>Prints each headline figure across the runs of a repeat group: mean, 95 % t interval, coefficient of variation.</summary>
internal static class PerfRepeatsTable
{
    public static void Write(IAnsiConsole console, RepeatGroupSummary group)
    {
        console.MarkupLine($"[bold]across {group.Runs.Count} runs[/] (group [blue]{Markup.Escape(group.GroupId)}[/]: {Markup.Escape(string.Join(", ", group.Runs.Select(r => r.RunId)))})");
        var table = new Table().RoundedBorder();
        table.AddColumns("metric", "mean", "95 % CI (t)", "CV", "runs");
        foreach (var column in table.Columns.Skip(1))
            column.RightAligned();
        foreach (var (name, statistic) in group.Repeats)
        {
            string F(double value) => double.IsNaN(value) ? "–" : value.ToString("0.####", CultureInfo.InvariantCulture);
            table.AddRow(Markup.Escape(name), F(statistic.Mean), $"{F(statistic.Ci95Low)} – {F(statistic.Ci95High)}",
                double.IsNaN(statistic.CoefficientOfVariation) ? "–" : statistic.CoefficientOfVariation.ToString("P1", CultureInfo.InvariantCulture),
                statistic.Runs.ToString(CultureInfo.InvariantCulture));
        }
        console.Write(table);
    }
}
