using System.Globalization;
using Spectre.Console;
using Yardstick.Core.Probes;

namespace Yardstick.Cli.Probes;

/// <summary>The probe run's verdicts as a table: probe, verdict, rate, and why.</summary>
internal static class ProbeTable
{
    public static void Write(IAnsiConsole console, ProbeRunSummary summary)
    {
        var table = new Table().Title($"probe run {summary.RunId} ({summary.Requests} requests)").AddColumns("probe", "verdict", "rate", "detail");
        foreach (var outcome in summary.Probes)
            table.AddRow(
                Markup.Escape(outcome.Probe),
                Verdict(outcome.Verdict),
                outcome.Rate is { } rate ? rate.ToString("P0", CultureInfo.InvariantCulture) : "–",
                Markup.Escape(outcome.Detail));
        console.Write(table);
    }

    public static string Verdict(ProbeVerdict verdict) => verdict switch
    {
        ProbeVerdict.Verified => "[green]verified[/]",
        ProbeVerdict.Refuted => "[red]refuted[/]",
        ProbeVerdict.NotSupported => "[yellow]not_supported[/]",
        _ => "[grey]inconclusive[/]",
    };
}
