using Quartz;
using Quartz.Extensibility;

namespace Yardstick.Scheduling.Quartz;

/// <summary>Builds every <see cref="SuiteJob"/> with this worker's executor, store and lifetime (no container needed).</summary>
internal sealed class SuiteJobFactory(Func<IJob> create) : IJobFactory
{
    public ValueTask<JobScope> CreateJob(TriggerFiredBundle bundle, IScheduler scheduler, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(new JobScope(create(), null));

    public ValueTask ReturnJob(JobScope scope, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
