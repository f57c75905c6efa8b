using Yardstick.Cli.CommandLine;
using System.ComponentModel;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Cli.Hosting;
using Yardstick.Cli.Scheduling;
using Yardstick.Scheduling.Plans;
using Yardstick.Scheduling.Running;

namespace Yardstick.Cli.Commands;

/// <summary>
/// `yardstick worker`: joins the schedule (a node of the Quartz cluster on PostgreSQL, or the in-memory schedule of the
/// applied plan on the embedded database), executes fires, heartbeats into the workers table, and on Ctrl-C / SIGTERM
/// stops taking work, lets running fires finish for up to --drain seconds, then hands back what it still holds.
/// </summary>
public sealed class WorkerCommand : AsyncCommand<WorkerCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandOption("--name <NAME>")]
        [Description("Worker name, unique in the cluster (default: host-pid).")]
        public string? Name { get; init; }

        [CommandOption("--location <LABEL>")]
        [Description("Location label (e.g. eu); suites pinned to locations run only on workers that carry one of them.")]
        public string? Location { get; init; }

        [CommandOption("--max-runs <N>")]
        [Description("Stop after N fires (each fire is one suite on one endpoint).")]
        [OptionRange(1, 1_000_000)]
        public int? MaxRuns { get; init; }

        [CommandOption("--drain <SECONDS>")]
        [Description("On stop, how long running fires may take to finish before they are handed back (default 60).")]
        [DefaultValue(60)]
        [OptionRange(0, 86_400)]
        public int Drain { get; init; } = 60;

        [CommandOption("--data-dir <DIR>")]
        [Description("Datasets folder laid out like ../shared/data/evals (for published evals).")]
        public string? DataDirectory { get; init; }

        public override ValidationResult Validate()
        {
            if (OptionRanges.Check(this) is { Successful: false } outOfRange)
                return outOfRange;
            if (Name is not null && !PlanNames.IsValid(Name))
                return ValidationResult.Error($"--name {Name}: use [a-z0-9][a-z0-9.-]*.");
            if (Location is not null && !PlanNames.IsValid(Location))
                return ValidationResult.Error($"--location {Location}: use [a-z0-9][a-z0-9.-]*.");
            if (MaxRuns is < 1)
                return ValidationResult.Error("--max-runs must be at least 1.");
            return Drain < 0 ? ValidationResult.Error("--drain cannot be negative.") : ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var storage = await StorageSession.OpenAsync(settings, cancellationToken);
        using var logs = SchedulingContext.Logs(storage);
        var clustered = SchedulingContext.PostgresConnection(settings) is not null;
        var plan = clustered ? null : await LoadAppliedPlanAsync(storage, cancellationToken);
        if (!clustered && plan is null)
            return 1;
        var worker = new WorkerIdentity(settings.Name ?? WorkerIdentity.DefaultName(), settings.Location);
        var (scheduler, steps) = await SchedulingContext.CreateSchedulerAsync(storage, settings, worker, settings.MaxRuns, logs, settings.DataDirectory,
            cancellationToken);
        await using (steps)
        await using (scheduler)
        {
            if (plan is not null)
                await scheduler.ApplyAsync(plan, (await storage.Scheduling.GetPlanAsync(cancellationToken))!, cancellationToken: cancellationToken);
            var heartbeat = new WorkerHeartbeat(storage.Scheduling, scheduler, logs.CreateLogger<WorkerHeartbeat>());
            using var stopBeats = new CancellationTokenSource();
            var beats = heartbeat.RunAsync(stopBeats.Token);
            await scheduler.StartAsync(cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"[green]✓[/] worker {worker.Name} running ({storage.Description}); Ctrl-C or SIGTERM stops it");
            await Task.WhenAny(scheduler.MaxFiresReached, Task.Delay(Timeout.Infinite, cancellationToken));
            await scheduler.StopAsync(TimeSpan.FromSeconds(settings.Drain));
            await stopBeats.CancelAsync();
            await beats;
            await heartbeat.StoppedAsync();
            AnsiConsole.MarkupLineInterpolated($"worker {worker.Name} stopped after {scheduler.FiresCompleted} fire(s)");
        }
        return 0;
    }

    /// <summary>The applied plan (embedded database: the in-memory schedule is rebuilt from it), or null with the reason printed.</summary>
    internal static async Task<Plan?> LoadAppliedPlanAsync(StorageSession storage, CancellationToken cancellationToken)
    {
        var text = await storage.Scheduling.GetPlanAsync(cancellationToken);
        if (text is null)
        {
            AnsiConsole.MarkupLine("[red]error[/] no plan applied to this database (see `yardstick plan apply FILE`).");
            return null;
        }
        var result = PlanLoader.Load("(applied plan)", text, await SchedulingContext.ReferencesAsync(storage, cancellationToken));
        foreach (var error in result.Errors)
            AnsiConsole.MarkupLineInterpolated($"[red]error[/] {error}");
        return result.Plan;
    }
}
