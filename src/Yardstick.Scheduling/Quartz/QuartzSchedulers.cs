using Microsoft.Extensions.Logging;
using Quartz;
using Quartz.Extensibility;

namespace Yardstick.Scheduling.Quartz;

/// <summary>Builds the Quartz scheduler the settings describe: in-memory, or ADO.NET on PostgreSQL, clustered.</summary>
internal static class QuartzSchedulers
{
    public static async Task<IScheduler> BuildAsync(SchedulerSettings settings, IJobFactory jobs, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var factory = QuartzSchedulerBuilder.Create(q =>
        {
            q.ConfigureScheduler(o =>
            {
                // Every node of one cluster shares the name; the rows of Quartz's tables are keyed by it.
                o.InstanceName = settings.SchedulerName;
                // The worker's own name: the cluster's node list and Yardstick's workers table then say the same thing.
                o.InstanceId = settings.Worker.Name;
                // Interrupt what still runs when a stop waits for jobs (after the drain): the job unwinds and is handed back.
                o.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
            });
            // A worker serves the fires of no location, and those of its own location.
            if (settings.Worker.Location is { } location)
                q.ServeExecutionGroups("_", WorkJobs.ExecutionGroupOf(location)!);
            else
                q.ServeExecutionGroups("_");
            q.UseDefaultThreadPool(settings.Concurrency);
            q.UseJobFactory(jobs);
            if (settings.PostgresConnectionString is { } connection)
            {
                q.UsePersistentStore(store =>
                {
                    store.UsePostgres(connection);
                    // Quartz 4.7 creates exactly the tables and columns it needs when they are missing (and only creates:
                    // nothing is altered or dropped; nodes starting together are safe). The tables_postgres.sql of the
                    // Quartz repository lags the 4.7 schema by several migrations, so Yardstick does not ship its own copy.
                    store.ProvisionSchema();
                    store.UseClustering(c => c.CheckinInterval = settings.CheckinInterval);
                    store.ConfigureStore(o =>
                    {
                        o.StoreJobDataAsStrings = true;
                        o.RecoverFiringsCancelledByShutdown = true;
                    });
                });
            }
            else
            {
                q.UseInMemoryStore();
            }
        }).Build();
        return await factory.GetScheduler(cancellationToken);
    }
}
