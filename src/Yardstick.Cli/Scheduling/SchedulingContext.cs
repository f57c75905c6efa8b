using Microsoft.Extensions.Logging;
using Yardstick.Cli.Hosting;
using Yardstick.Evals.Definitions;
using Yardstick.Providers.Http;
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

    /// <summary>
    /// Console logs, one line each with a UTC time: every scheduled run logs its run id. Every line is redacted by the
    /// session's <see cref="StorageSession.Secrets"/> (which learns each plan endpoint's key).
    /// </summary>
    public static ILoggerFactory Logs(StorageSession storage, LogLevel minimum = LogLevel.Information) => new RedactingLoggerFactory(LoggerFactory.Create(builder => builder
        .AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; o.UseUtcTimestamp = true; })
        .AddFilter("Quartz", LogLevel.Warning)
        .SetMinimumLevel(minimum)), storage.Secrets);

    /// <summary>
    /// Registers the key of every endpoint of <paramref name="plan"/> (read from its <c>api_key_env</c>) with the session's
    /// redactor, before any of them is called: whatever an endpoint echoes is masked in the database, logs and output.
    /// </summary>
    public static void RegisterKeys(Plan plan, StorageSession storage)
    {
        foreach (var endpoint in plan.Endpoints)
            storage.Secrets.Register(ApiKeys.FromEnvironment(endpoint.ApiKeyEnv));
    }

    public static async Task<(YardstickScheduler Scheduler, ScheduledStepRunner Steps)> CreateSchedulerAsync(StorageSession storage, DataSettings settings,
        WorkerIdentity worker, int? maxFires, ILoggerFactory logs, string? dataDirectory, CancellationToken cancellationToken)
    {
        // The applied plan's keys first (clustered workers get their work from Quartz, but the plan is in the database too);
        // the step runner registers each endpoint's key again when it makes the provider (work applied later).
        if (await storage.Scheduling.GetPlanAsync(cancellationToken) is { } text
            && PlanLoader.Load("(applied plan)", text, await ReferencesAsync(storage, cancellationToken)).Plan is { } applied)
            RegisterKeys(applied, storage);
        var steps = new ScheduledStepRunner(storage.Runs, storage.Figures, storage.Catalog, storage.Secrets, dataDirectory);
        var schedulerSettings = new SchedulerSettings { PostgresConnectionString = PostgresConnection(settings), Worker = worker, MaxFires = maxFires };
        var scheduler = await YardstickScheduler.CreateAsync(schedulerSettings, storage.Runs, storage.Scheduling, steps, logs, cancellationToken);
        return (scheduler, steps);
    }
}
