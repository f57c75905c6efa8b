using System.ComponentModel;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Cli.Hosting;
using Yardstick.Core.Runs;
using Yardstick.Scheduling.Running;

namespace Yardstick.Cli.Commands;

/// <summary>`yardstick plan list`: each schedule with its next and last fire and how it ended, the suite's last run, and the workers.</summary>
public sealed class PlanListCommand : AsyncCommand<PlanListCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandOption("--json")]
        [Description("Write the schedules and workers as JSON on stdout instead of tables.")]
        public bool Json { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var storage = await StorageSession.OpenAsync(settings, cancellationToken);
        var schedules = await storage.Scheduling.ListSchedulesAsync(cancellationToken);
        var workers = await storage.Scheduling.ListWorkersAsync(cancellationToken);
        var lastRuns = new Dictionary<string, RunRecord?>(StringComparer.Ordinal);
        foreach (var suite in schedules.Select(s => s.Suite).Distinct())
            lastRuns[suite] = (await storage.Runs.ListRunsAsync(new RunQuery(Suite: suite, Limit: 1), cancellationToken)).FirstOrDefault();
        var now = DateTimeOffset.UtcNow;
        if (settings.Json)
        {
            var document = new
            {
                schedules = schedules.Select(s => new
                {
                    s.Key, s.Suite, s.Endpoint, s.Location, s.ModelSlug, s.Schedule, s.NextFireUtc, s.LastFireUtc, s.LastOutcome,
                    lastRun = lastRuns[s.Suite] is { } run ? new { run.Id, Status = run.Status.ToString(), run.StartedUtc } : null,
                }),
                workers = workers.Select(w => new { w.Name, w.Location, w.Host, w.StartedUtc, w.HeartbeatUtc, w.StoppedUtc, w.CurrentRunId, w.FiresCompleted,
                    Alive = w.IsAlive(now, WorkerHeartbeat.AliveTimeout) }),
            };
            Console.Out.WriteLine(JsonSerializer.Serialize(document, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
            return 0;
        }
        var table = new Table().AddColumns("schedule", "every", "next fire (UTC)", "last fire (UTC)", "last outcome", "suite's last run", "status");
        foreach (var s in schedules)
        {
            var run = lastRuns[s.Suite];
            table.AddRow(Markup.Escape(s.Key), Markup.Escape(s.Schedule), Time(s.NextFireUtc), Time(s.LastFireUtc), Markup.Escape(s.LastOutcome ?? "-"),
                run?.Id ?? "-", run?.Status.ToString() ?? "-");
        }
        AnsiConsole.Write(table);
        var workerTable = new Table().AddColumns("worker", "location", "host", "heartbeat (UTC)", "state", "current run", "fires done");
        foreach (var w in workers)
            workerTable.AddRow(Markup.Escape(w.Name), w.Location ?? "-", w.Host ?? "-", Time(w.HeartbeatUtc),
                w.StoppedUtc is not null ? "stopped" : w.IsAlive(now, WorkerHeartbeat.AliveTimeout) ? "[green]alive[/]" : "[red]silent[/]",
                w.CurrentRunId ?? "-", w.FiresCompleted.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AnsiConsole.Write(workerTable);
        AnsiConsole.MarkupLineInterpolated($"{schedules.Count} schedule(s), {workers.Count(w => w.IsAlive(now, WorkerHeartbeat.AliveTimeout))} worker(s) alive, in {storage.Description}.");
        return 0;
    }

    private static string Time(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}
