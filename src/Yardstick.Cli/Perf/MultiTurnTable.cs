using System.Globalization;
using Spectre.Console;
using Yardstick.Measure.Workloads.MultiTurn;

namespace Yardstick.Cli.Perf;

/// <summary>Prints a multi-turn report: TTFT by turn for the conversation and its fresh-prefix control, then the prefix-cache effect.</summary>
internal static class MultiTurnTable
{
    public static void Write(IAnsiConsole console, MultiTurnReport report)
    {
        var table = new Table().RoundedBorder();
        table.AddColumns("turn", "input tokens (mean)", "TTFT cached prefix p50 (ms)", "TTFT fresh prefix p50 (ms)", "E2E p50 (ms)", "n");
        foreach (var column in table.Columns)
            column.RightAligned();
        foreach (var turn in report.ByTurn)
            table.AddRow(turn.Turn.ToString(CultureInfo.InvariantCulture), double.IsNaN(turn.InputTokensMean) ? "–" : turn.InputTokensMean.ToString("0", CultureInfo.InvariantCulture),
                WorkloadPerfRun.Milliseconds(turn.CachedTtftSeconds.P50), WorkloadPerfRun.Milliseconds(turn.FreshTtftSeconds.P50),
                WorkloadPerfRun.Milliseconds(turn.CachedE2eSeconds.P50), turn.CachedTtftSeconds.N.ToString(CultureInfo.InvariantCulture));
        console.Write(table);
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"sessions: {report.SessionsCompleted} of {report.Sessions} ran all {report.Turns} turns (system prompt {report.SystemPromptTokens} tokens)")));
        if (report.PrefixCache is not { } effect)
            return;
        console.MarkupLine(Markup.Escape(effect.Pairs == 0 || double.IsNaN(effect.Ratio)
            ? "prefix cache effect: unavailable (no turn 2 or later succeeded in both arms)"
            : string.Create(CultureInfo.InvariantCulture,
                $"prefix cache effect: TTFT with the cached prefix is {effect.Ratio:0.00}× that of a fresh prefix of the same length (95 % CI {effect.Ci95Low:0.00}–{effect.Ci95High:0.00}, {effect.Pairs} pairs of turns ≥ 2; p50 {effect.CachedTtftP50Seconds * 1000:0.0} ms vs {effect.FreshTtftP50Seconds * 1000:0.0} ms): ")
              + (effect.Detected ? "prefix cache detected" : "no prefix cache detected")));
    }
}
