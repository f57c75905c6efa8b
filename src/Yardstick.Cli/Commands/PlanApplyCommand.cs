using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Cli.Hosting;
using Yardstick.Cli.Scheduling;
using Yardstick.Scheduling.Running;

namespace Yardstick.Cli.Commands;

/// <summary>
/// `yardstick plan apply FILE`: makes the schedule match the file (creates, updates and removes schedules; leaves the
/// unchanged ones and their next fire alone) and stores the plan. On PostgreSQL the cluster's workers pick it up at once;
/// on the embedded database `yardstick worker` or `yardstick up` runs it.
/// </summary>
public sealed class PlanApplyCommand : AsyncCommand<PlanValidateCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PlanValidateCommand.Settings settings, CancellationToken cancellationToken)
    {
        await using var storage = await StorageSession.OpenAsync(settings, cancellationToken);
        var result = await PlanValidateCommand.LoadAsync(settings.File, storage, cancellationToken);
        if (!result.IsValid)
            return 1;
        var (scheduler, steps) = await SchedulingContext.CreateSchedulerAsync(storage, settings, new WorkerIdentity($"plan-apply-{Guid.NewGuid():N}"), null,
            NullLoggerFactory.Instance, null, cancellationToken);
        await using (steps)
        await using (scheduler)
        {
            var applied = await scheduler.ApplyAsync(result.Plan!, await File.ReadAllTextAsync(settings.File, cancellationToken), cancellationToken: cancellationToken);
            foreach (var (word, keys) in new[] { ("created", applied.Created), ("updated", applied.Updated), ("removed", applied.Removed), ("unchanged", applied.Unchanged) })
                foreach (var key in keys)
                    AnsiConsole.MarkupLineInterpolated($"  {word,-9} {key}");
            AnsiConsole.MarkupLineInterpolated(
                $"[green]✓[/] plan applied: {applied.Created.Count} created, {applied.Updated.Count} updated, {applied.Removed.Count} removed, {applied.Unchanged.Count} unchanged");
            if (!scheduler.Settings.Clustered)
                AnsiConsole.MarkupLine("[grey]Embedded database: the schedule runs in `yardstick worker` or `yardstick up` on this data folder.[/]");
        }
        return 0;
    }
}
