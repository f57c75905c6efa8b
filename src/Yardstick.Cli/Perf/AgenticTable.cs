using System.Globalization;
using Spectre.Console;
using Yardstick.Measure.Workloads.Agentic;

namespace Yardstick.Cli.Perf;

/// <summary>Prints an agentic report: each load with the tiers it kept, TTFT and E2E by turn, and the most sessions per tier.</summary>
internal static class AgenticTable
{
    public static void Write(IAnsiConsole console, AgenticReport report)
    {
        var levels = new Table().RoundedBorder();
        levels.AddColumns("sessions", "requests", "failed", "TTFT p95 (ms)", "ITL p95 (ms)", "E2E p95 (ms)", "max context", "tiers kept");
        foreach (var level in report.Levels)
            levels.AddRow(I(level.Sessions), I(level.Requests), I(level.Failed), WorkloadPerfRun.Milliseconds(level.TtftSeconds.P95),
                WorkloadPerfRun.Milliseconds(level.InterTokenLatencySeconds.P95), WorkloadPerfRun.Milliseconds(level.E2eLatencySeconds.P95),
                I(level.ContextTokensMax), Markup.Escape(level.TiersMet.Count == 0 ? "none" : string.Join(", ", level.TiersMet)));
        console.Write(levels);
        var turns = new Table().RoundedBorder();
        turns.AddColumns("turn", "context tokens (mean)", "TTFT p50 (ms)", "TTFT p95 (ms)", "E2E p50 (ms)", "n");
        foreach (var turn in report.ByTurn)
            turns.AddRow(I(turn.Turn), turn.ContextTokensMean.ToString("0", CultureInfo.InvariantCulture), WorkloadPerfRun.Milliseconds(turn.TtftSeconds.P50),
                WorkloadPerfRun.Milliseconds(turn.TtftSeconds.P95), WorkloadPerfRun.Milliseconds(turn.E2eLatencySeconds.P50), I(turn.TtftSeconds.N));
        console.Write(turns);
        foreach (var tier in report.Tiers)
        {
            var most = report.MaxSessions.TryGetValue(tier.Name, out var sessions) && sessions is { } n ? $"{n} concurrent session(s)" : "not even one session";
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{tier.Name} tier (p95 TTFT ≤ {tier.P95TtftSeconds:0.###} s, p95 ITL ≤ {tier.P95InterTokenSeconds * 1000:0} ms, ≤ {tier.MaxFailedShare:P0} failed): {most}")));
        }
        console.MarkupLine(Markup.Escape("search: " + report.SearchRule));
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
