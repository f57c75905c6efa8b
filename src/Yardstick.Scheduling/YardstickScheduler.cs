using Microsoft.Extensions.Logging;
using Quartz;
using Yardstick.Core.Runs;
using Yardstick.Core.Scheduling;
using Yardstick.Scheduling.Plans;
using Yardstick.Scheduling.Quartz;
using Yardstick.Scheduling.Running;

namespace Yardstick.Scheduling;

/// <summary>
/// Yardstick's scheduler over Quartz.NET: applies plans as jobs and triggers, fires suites now, and runs as a worker
/// (in memory for one process, or as a node of a cluster sharing PostgreSQL). Quartz types do not leave this project.
/// </summary>
public sealed partial class YardstickScheduler : IAsyncDisposable
{
    private readonly IScheduler _scheduler;
    private readonly ISchedulingStore _store;
    private readonly WorkerLifetime _lifetime;
    private readonly ILogger _logger;
    private int _stopped;

    private YardstickScheduler(IScheduler scheduler, ISchedulingStore store, WorkerLifetime lifetime, SchedulerSettings settings, ILogger logger)
    {
        _scheduler = scheduler;
        _store = store;
        _lifetime = lifetime;
        Settings = settings;
        _logger = logger;
    }

    public SchedulerSettings Settings { get; }

    /// <summary>Fires finished by this process since it started.</summary>
    public int FiresCompleted => _lifetime.FiresCompleted;

    /// <summary>Completes when <see cref="SchedulerSettings.MaxFires"/> fires have finished.</summary>
    public Task MaxFiresReached => _lifetime.MaxFiresReached;

    /// <summary>The executor's current run, for the heartbeat.</summary>
    public string? CurrentRunId { get; private set; }

    /// <summary>
    /// Builds the scheduler (not started: <see cref="StartAsync"/> makes it a worker). For PostgreSQL, Quartz creates its
    /// tables when they are missing (see <c>QuartzSchedulers</c>).
    /// </summary>
    public static async Task<YardstickScheduler> CreateAsync(SchedulerSettings settings, IRunStore runs, ISchedulingStore store, IStepRunner steps,
        ILoggerFactory loggers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var lifetime = new WorkerLifetime(settings.Clustered, settings.MaxFires);
        var executor = new SuiteExecutor(runs, steps, settings.Worker, loggers.CreateLogger<SuiteExecutor>());
        var jobLogger = loggers.CreateLogger<SuiteJob>();
        var quartz = await QuartzSchedulers.BuildAsync(settings, new SuiteJobFactory(() => new SuiteJob(executor, store, lifetime, jobLogger)), loggers,
            cancellationToken);
        var scheduler = new YardstickScheduler(quartz, store, lifetime, settings, loggers.CreateLogger<YardstickScheduler>());
        executor.CurrentRunChanged += runId => scheduler.CurrentRunId = runId;
        return scheduler;
    }

    /// <summary>
    /// Makes the schedule match <paramref name="plan"/>: creates jobs for new work, replaces jobs whose work or schedule
    /// changed, removes jobs the plan no longer names, leaves the rest (and their next fire) alone; then records the
    /// schedules and the plan text (unless null: a built-in plan) in Yardstick's tables. New work first fires at
    /// <paramref name="firstFireUtc"/> (now by default).
    /// </summary>
    public async Task<PlanApplyResult> ApplyAsync(Plan plan, string? planText, DateTimeOffset? firstFireUtc = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var existing = (await _scheduler.QueryJobs(new JobQuery { Group = GroupMatcher<JobKey>.GroupEquals(WorkJobs.Group) }, cancellationToken)).Items
            .ToDictionary(j => j.Key.Name, j => j.Description, StringComparer.Ordinal);
        var work = plan.Work();
        List<string> created = [], updated = [], unchanged = [];
        foreach (var item in work)
        {
            if (existing.TryGetValue(item.Key, out var hash) && hash == WorkJobs.DefinitionHash(item))
            {
                unchanged.Add(item.Key);
                continue;
            }
            (existing.ContainsKey(item.Key) ? updated : created).Add(item.Key);
            await _scheduler.ScheduleJob(WorkJobs.Job(item), [WorkJobs.Trigger(item, firstFireUtc ?? DateTimeOffset.UtcNow)],
                new ScheduleJobOptions { Replace = true }, cancellationToken);
        }
        var removed = existing.Keys.Except(work.Select(w => w.Key), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var key in removed)
            await _scheduler.DeleteJob(WorkJobs.JobKeyOf(key), cancellationToken);

        var schedules = new List<ScheduleRecord>();
        foreach (var item in work)
        {
            var trigger = await _scheduler.GetTrigger(WorkJobs.TriggerKeyOf(item.Key), cancellationToken);
            schedules.Add(new ScheduleRecord
            {
                Key = item.Key, Suite = item.Suite.Name, Endpoint = item.Endpoint.Name, Location = item.Location, ModelSlug = item.Endpoint.ModelSlug,
                Schedule = item.Suite.Schedule.ToString(), NextFireUtc = trigger?.NextFireTimeUtc,
            });
        }
        await _store.ReplaceSchedulesAsync(schedules, cancellationToken);
        if (planText is not null)
            await _store.SavePlanAsync(planText, DateTimeOffset.UtcNow, cancellationToken);
        LogApplied(_logger, created.Count, updated.Count, removed.Count, unchanged.Count);
        return new PlanApplyResult(created, updated, removed, unchanged);
    }

    /// <summary>Fires every (endpoint, location) of <paramref name="suite"/> now, once; returns their work keys (empty: no such suite scheduled).</summary>
    public async Task<IReadOnlyList<string>> FireNowAsync(string suite, CancellationToken cancellationToken = default)
    {
        var jobs = (await _scheduler.QueryJobs(new JobQuery { Group = GroupMatcher<JobKey>.GroupEquals(WorkJobs.Group) }, cancellationToken)).Items;
        var fired = new List<string>();
        var now = DateTimeOffset.UtcNow;
        foreach (var job in jobs.Where(j => j.Key.Name.StartsWith(suite + "/", StringComparison.Ordinal)).OrderBy(j => j.Key.Name, StringComparer.Ordinal))
        {
            var detail = await _scheduler.GetJobDetail(job.Key, cancellationToken);
            var work = WorkJobs.Deserialize(detail!.JobDataMap.GetString(WorkJobs.WorkKey)!);
            await _scheduler.ScheduleJob(WorkJobs.OneShot(work.Key, work.Location, now, "now"), cancellationToken: cancellationToken);
            fired.Add(work.Key);
        }
        LogFiredNow(_logger, suite, fired.Count);
        return fired;
    }

    /// <summary>Starts executing fires (this process becomes a worker of the schedule).</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _scheduler.Start(cancellationToken);
        LogStarted(_logger, Settings.Worker.Name, Settings.Worker.Location ?? "(none)", Settings.Clustered ? "clustered on PostgreSQL" : "in memory");
    }

    /// <summary>
    /// Stops taking new fires, lets running ones finish for up to <paramref name="drain"/>, then interrupts the rest:
    /// clustered, each is handed back to the cluster (a recovery trigger another worker fires); its runs keep their samples.
    /// </summary>
    public async Task StopAsync(TimeSpan drain)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
            return;
        await _scheduler.Standby();
        var deadline = DateTimeOffset.UtcNow + drain;
        while (_lifetime.FiresRunning > 0 && DateTimeOffset.UtcNow < deadline)
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        if (_lifetime.FiresRunning > 0)
            LogInterrupting(_logger, _lifetime.FiresRunning, drain.TotalSeconds);
        await _scheduler.Shutdown(waitForJobsToComplete: true);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
            await _scheduler.Shutdown(waitForJobsToComplete: false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan applied: {Created} created, {Updated} updated, {Removed} removed, {Unchanged} unchanged")]
    private static partial void LogApplied(ILogger logger, int created, int updated, int removed, int unchanged);

    [LoggerMessage(Level = LogLevel.Information, Message = "Suite {Suite}: {Count} fire(s) requested now")]
    private static partial void LogFiredNow(ILogger logger, string suite, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker {Worker} (location {Location}) started, schedule {Store}")]
    private static partial void LogStarted(ILogger logger, string worker, string location, string store);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} fire(s) still running after the {Seconds:0} s drain: interrupting them (their runs keep their samples)")]
    private static partial void LogInterrupting(ILogger logger, int count, double seconds);
}
