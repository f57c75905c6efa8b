using Microsoft.Extensions.Logging;
using Yardstick.Cli.Hosting;
using Yardstick.Evals.Definitions;
using Yardstick.Scheduling;
using Yardstick.Scheduling.Plans;
using Yardstick.Scheduling.Running;
using Yardstick.Storage;

namespace Yardstick.Cli.Scheduling;

/// <summary>What the plan and worker verbs share: the plan's references, the scheduler for the database the settings name, logs.</summary>
internal static class SchedulingContext
{
    /// <summary>PostgreSQL connection string when the settings name PostgreSQL (a clustered schedule), else null (in memory).</summary>
    public static string? PostgresConnection(DataSettings settings) =>
        (settings.Database ?? Environment.GetEnvironmentVariable("YARDSTICK_DB")) is { } connection && YardstickDatabase.IsPostgres(connection)
            ? connection
            : null;

    public static async Task<PlanReferences> ReferencesAsync(StorageSession storage, CancellationToken cancellationToken)
    {
        var models = await storage.Catalog.GetModelsAsync(cancellationToken);
        return new PlanReferences(models.Select(m => m.Slug).ToHashSet(StringComparer.Ordinal), EvalRegistry.Names.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Console logs, one line each with a UTC time: every scheduled run logs its run id.</summary>
    public static ILoggerFactory Logs() => LoggerFactory.Create(builder => builder
        .AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; o.UseUtcTimestamp = true; })
        .AddFilter("Quartz", LogLevel.Warning)
        .SetMinimumLevel(LogLevel.Information));

    public static async Task<(YardstickScheduler Scheduler, ScheduledStepRunner Steps)> CreateSchedulerAsync(StorageSession storage, DataSettings settings,
        WorkerIdentity worker, int? maxFires, ILoggerFactory logs, string? dataDirectory, CancellationToken cancellationToken)
    {
        var steps = new ScheduledStepRunner(storage.Runs, storage.Catalog, dataDirectory);
        var schedulerSettings = new SchedulerSettings { PostgresConnectionString = PostgresConnection(settings), Worker = worker, MaxFires = maxFires };
        var scheduler = await YardstickScheduler.CreateAsync(schedulerSettings, storage.Runs, storage.Scheduling, steps, logs, cancellationToken);
        return (scheduler, steps);
    }
}
