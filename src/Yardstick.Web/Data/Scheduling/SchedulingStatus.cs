using Yardstick.Core.Runs;
using Yardstick.Core.Scheduling;

namespace Yardstick.Web.Data.Scheduling;

/// <summary>What the /status page shows: schedules, workers (alive or not, by heartbeat) and recent failed scheduled runs.</summary>
public sealed record SchedulingStatus(IReadOnlyList<ScheduleRecord> Schedules, IReadOnlyList<(WorkerRecord Worker, bool Alive)> Workers,
    IReadOnlyList<RunRecord> Failures, DateTimeOffset AsOfUtc)
{
    /// <summary>A worker is alive when it beat within this (three missed 5 s beats).</summary>
    public static readonly TimeSpan AliveTimeout = TimeSpan.FromSeconds(15);

    public static async Task<SchedulingStatus> LoadAsync(ISchedulingStore scheduling, IRunStore runs, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var schedules = await scheduling.ListSchedulesAsync(cancellationToken);
        var workers = await scheduling.ListWorkersAsync(cancellationToken);
        var failed = await runs.ListRunsAsync(new RunQuery(Status: RunStatus.Failed, Since: now.AddDays(-14), Limit: 200), cancellationToken);
        return new SchedulingStatus(schedules, [.. workers.Select(w => (w, w.IsAlive(now, AliveTimeout)))],
            [.. failed.Where(r => r.Suite is not null).Take(50)], now);
    }
}
