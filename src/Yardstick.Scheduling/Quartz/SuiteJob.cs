using Microsoft.Extensions.Logging;
using Quartz;
using Yardstick.Core.Scheduling;
using Yardstick.Scheduling.Running;

namespace Yardstick.Scheduling.Quartz;

/// <summary>
/// What a trigger fires: one fire of a (suite, endpoint, location), executed by <see cref="SuiteExecutor"/>. When the
/// worker shuts down before the fire finishes, the cancellation propagates to Quartz, which (clustered, with
/// <c>RecoverFiringsCancelledByShutdown</c>) stores a recovery trigger for the same fire: another worker resumes its
/// runs from their stored samples.
/// </summary>
internal sealed partial class SuiteJob(SuiteExecutor executor, ISchedulingStore store, WorkerLifetime lifetime, ILogger logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var work = WorkJobs.Deserialize(context.MergedJobDataMap.GetString(WorkJobs.WorkKey)
            ?? throw new JobExecutionException($"Job {context.JobDetail.Key} carries no work."));
        var fireUtc = WorkJobs.FireUtcOf(context);
        LogFire(logger, work.Key, fireUtc, context.Recovering
            ? $" (recovering a fire another worker held; original scheduled time '{context.MergedJobDataMap.GetString(SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime)}')"
            : "");
        using var running = lifetime.Running();
        try
        {
            var outcome = await executor.ExecuteAsync(work, fireUtc, cancellationToken);
            await store.RecordFireAsync(work.Key, fireUtc, outcome.Summary, context.NextFireTimeUtc, CancellationToken.None);
            lifetime.FireCompleted();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var outcome = lifetime.Clustered ? "handed back" : "interrupted";
            LogStopped(logger, work.Key, fireUtc, outcome);
            await store.RecordFireAsync(work.Key, fireUtc, outcome, context.NextFireTimeUtc, CancellationToken.None);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{WorkKey}: fire of {FireUtc:O}{Note}")]
    private static partial void LogFire(ILogger logger, string workKey, DateTimeOffset fireUtc, string note);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{WorkKey}: worker stopping during the fire of {FireUtc:O}: {Outcome}")]
    private static partial void LogStopped(ILogger logger, string workKey, DateTimeOffset fireUtc, string outcome);
}
