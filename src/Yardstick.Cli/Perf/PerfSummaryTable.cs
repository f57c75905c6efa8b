using System.Globalization;
using Spectre.Console;
using Yardstick.Core.Metrics;
using Yardstick.Core.Statistics;

namespace Yardstick.Cli.Perf;

/// <summary>
/// Prints a perf summary: a table of the distributions (p5 … p99, mean, n) with the client-side waits when recorded,
/// the request counts with failures by kind, end-to-end time for 500 tokens, per-user vs system throughput, goodput and
/// the doubt warnings, headed by the run id the figures come from.
/// </summary>
internal static class PerfSummaryTable
{
    public static void Write(IAnsiConsole console, PerfSummary summary, string? heading = null)
    {
        console.MarkupLine($"[bold]{Markup.Escape(heading ?? "perf")}[/] run [blue]{Markup.Escape(summary.RunId ?? "(unsaved)")}[/]");
        var table = new Table().RoundedBorder();
        table.AddColumns("metric", "p5", "p25", "p50", "p75", "p95", "p99", "mean", "n");
        foreach (var column in table.Columns.Skip(1))
            column.RightAligned();
        AddRow(table, "TTFT (ms)", summary.TtftSeconds, 1000, "0.0");
        AddRow(table, "first answer token (ms)", summary.FirstAnswerTokenSeconds, 1000, "0.0");
        AddRow(table, "output speed (tok/s, o200k)", summary.OutputTokensPerSecond, 1, "0.0");
        AddRow(table, "output speed (tok/s, native)", summary.OutputTokensPerSecondNative, 1, "0.0");
        AddRow(table, "inter-token latency (ms)", summary.InterTokenLatencySeconds, 1000, "0.00");
        AddRow(table, "E2E latency (s)", summary.E2eLatencySeconds, 1, "0.000");
        AddRow(table, "output tokens", summary.OutputTokens, 1, "0");
        AddRow(table, "reasoning tokens", summary.ReasoningTokens, 1, "0");
        if (summary.ClientLag is { } lag)
        {
            // Client-side waits, shown only when the run recorded them (open loop, HTTP providers).
            foreach (var (name, distribution) in new[]
            {
                ("queue wait for a slot (ms)", lag.QueueWaitSeconds), ("schedule lag (ms)", lag.ScheduleLagSeconds),
                ("TTFT from schedule (ms)", lag.TtftFromScheduleSeconds), ("client send lag (ms)", lag.SendLagSeconds),
            })
                if (distribution.N > 0)
                    AddRow(table, name, distribution, 1000, "0.00");
        }
        console.Write(table);

        var errors = summary.Requests.Errors.Count == 0 ? "" : " (" + string.Join(", ", summary.Requests.Errors.OrderByDescending(e => e.Value).Select(e => $"{e.Key} {e.Value}")) + ")";
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"requests: {summary.Requests.Ok} ok, {summary.Requests.Failed} failed{errors}")));
        console.MarkupLine(Markup.Escape(summary.E2e500Seconds is { } e2e
            ? string.Create(CultureInfo.InvariantCulture, $"end-to-end time for 500 tokens: {e2e:0.000} s")
            : "end-to-end time for 500 tokens: unavailable (no speed measured)"));
        if (summary.Throughput is { } throughput)
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"throughput: {throughput.PerUserOutputTokensPerSecond:0.0} tok/s per user (median request), {throughput.SystemOutputTokensPerSecond:0.0} tok/s system ({throughput.OutputTokens} tokens over {throughput.WindowSeconds:0.0} s, {throughput.RequestsPerSecond:0.00} requests/s)")));
        if (summary.Goodput is { } goodput)
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"goodput under {goodput.Slo}: {goodput.Good}/{goodput.Total} requests ({goodput.Fraction:P1}), {goodput.GoodRequestsPerSecond:0.00} good requests/s over {goodput.WindowSeconds:0.0} s")));
        foreach (var warning in summary.Warnings)
            console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
    }

    private static void AddRow(Table table, string name, DistributionSummary d, double scale, string format)
    {
        string F(double value) => double.IsNaN(value) ? "–" : (value * scale).ToString(format, CultureInfo.InvariantCulture);
        table.AddRow(Markup.Escape(name), F(d.P5), F(d.P25), F(d.P50), F(d.P75), F(d.P95), F(d.P99), F(d.Mean), d.N.ToString(CultureInfo.InvariantCulture));
    }
}
