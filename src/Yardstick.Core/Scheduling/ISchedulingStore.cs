namespace Yardstick.Core.Scheduling;

/// <summary>What the measuring cluster records about itself in Yardstick's database: the applied plan, schedules, workers.</summary>
public interface ISchedulingStore
{
    /// <summary>Stores the plan file's text as the applied plan (one per database), replacing the previous one.</summary>
    Task SavePlanAsync(string planText, DateTimeOffset appliedUtc, CancellationToken cancellationToken = default);

    /// <summary>The applied plan's text, or null when none was applied.</summary>
    Task<string?> GetPlanAsync(CancellationToken cancellationToken = default);

    /// <summary>Makes the schedule rows equal <paramref name="schedules"/>: adds, updates (keeping last-fire fields) and removes.</summary>
    Task ReplaceSchedulesAsync(IReadOnlyList<ScheduleRecord> schedules, CancellationToken cancellationToken = default);

    /// <summary>Records that a schedule fired and how it ended, and when it fires next.</summary>
    Task RecordFireAsync(string key, DateTimeOffset firedUtc, string outcome, DateTimeOffset? nextFireUtc, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ScheduleRecord>> ListSchedulesAsync(CancellationToken cancellationToken = default);

    /// <summary>Inserts or updates the worker's row (by name).</summary>
    Task HeartbeatAsync(WorkerRecord worker, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<WorkerRecord>> ListWorkersAsync(CancellationToken cancellationToken = default);
}
