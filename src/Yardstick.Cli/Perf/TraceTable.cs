using System.Globalization;
using Spectre.Console;
using Yardstick.Measure.Workloads.Trace;

namespace Yardstick.Cli.Perf;

/// <summary>Prints a trace replay's report: requests sent, replay lag and whether the client fell behind, shared prompt text, broken lines.</summary>
internal static class TraceTable
{
    /// <summary>Broken lines printed one by one up to this many; the rest are counted (all of them are in --json and the run).</summary>
    private const int PrintedProblems = 20;

    public static void Write(IAnsiConsole console, TraceReplayReport report, IReadOnlyList<TraceLineProblem> problems)
    {
        var lag = report.ReplayLagSeconds;
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"trace: {report.Sent} of {report.TraceRequests} requests sent at {report.Speed:0.###}× speed over a scheduled {report.ScheduledSpanSeconds:0.00} s; {report.SharedBlockShare:P0} of prompt blocks repeat an earlier block")));
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"replay lag (send − scheduled time): p50 {WorkloadPerfRun.Milliseconds(lag.P50)} ms, p95 {WorkloadPerfRun.Milliseconds(lag.P95)} ms, max {WorkloadPerfRun.Milliseconds(lag.Max)} ms (n {lag.N})")));
        if (lag.Behind)
            console.MarkupLine("[yellow]warning:[/] " + Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"the client fell behind the trace: p95 replay lag {lag.P95 * 1000:0.0} ms is above {lag.BehindBoundSeconds * 1000:0} ms, so the server saw a lighter load than the trace's (a --concurrency cap, or a client too busy to keep time).")));
        WriteBroken(console, problems);
    }

    public static void WriteBroken(IAnsiConsole console, IReadOnlyList<TraceLineProblem> problems)
    {
        if (problems.Count == 0)
            return;
        console.MarkupLine("[yellow]warning:[/] " + Markup.Escape($"{problems.Count} trace line(s) could not be replayed and were not sent:"));
        foreach (var problem in problems.Take(PrintedProblems))
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"  line {problem.Line}: {problem.Error}")));
        if (problems.Count > PrintedProblems)
            console.MarkupLine(Markup.Escape($"  … and {problems.Count - PrintedProblems} more (all listed in --json under trace.broken, up to {TraceReplayReport.ListedProblems})"));
    }
}
