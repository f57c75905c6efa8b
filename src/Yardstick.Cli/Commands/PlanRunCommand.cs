using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Cli.Hosting;
using Yardstick.Cli.Scheduling;
using Yardstick.Scheduling.Plans;
using Yardstick.Scheduling.Running;

namespace Yardstick.Cli.Commands;

/// <summary>
/// `yardstick plan run SUITE`: fires a suite now, once, beside its schedule. On PostgreSQL a worker of the cluster runs
/// it; on the embedded database this process runs it and returns when it is done.
/// </summary>
public sealed class PlanRunCommand : AsyncCommand<PlanRunCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandArgument(0, "<SUITE>")]
        [Description("A suite of the applied plan.")]
        public string Suite { get; init; } = "";

        [CommandOption("--data-dir <DIR>")]
        [Description("Datasets folder for published evals (embedded database only: this process runs the suite).")]
        public string? DataDirectory { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var storage = await StorageSession.OpenAsync(settings, cancellationToken);
        var clustered = SchedulingContext.PostgresConnection(settings) is not null;
        using var logs = SchedulingContext.Logs(storage);
        Plan? plan = null;
        if (!clustered)
        {
            plan = await WorkerCommand.LoadAppliedPlanAsync(storage, cancellationToken);
            if (plan is null)
                return 1;
        }
        var (scheduler, steps) = await SchedulingContext.CreateSchedulerAsync(storage, settings, new WorkerIdentity(WorkerIdentity.DefaultName()),
            plan?.Work().Count(w => w.Suite.Name == settings.Suite), logs, settings.DataDirectory, cancellationToken);
        await using (steps)
        await using (scheduler)
        {
            if (plan is not null)
                // In memory: the applied plan's schedules, but none due; only the fire asked for runs.
                await scheduler.ApplyAsync(plan, (await storage.Scheduling.GetPlanAsync(cancellationToken))!, DateTimeOffset.UtcNow.AddYears(100), cancellationToken);
            var fired = await scheduler.FireNowAsync(settings.Suite, cancellationToken);
            if (fired.Count == 0)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error[/] no suite '{settings.Suite}' in the applied plan (see `yardstick plan list`).");
                return 1;
            }
            AnsiConsole.MarkupLineInterpolated($"[green]✓[/] fired {string.Join(", ", fired)}");
            if (clustered)
                return 0;
            await scheduler.StartAsync(cancellationToken);
            await scheduler.MaxFiresReached.WaitAsync(cancellationToken);
            await scheduler.StopAsync(TimeSpan.FromSeconds(5));
        }
        return 0;
    }
}
