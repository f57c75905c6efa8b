using System.Collections.Concurrent;

namespace Yardstick.Core.Scheduling;

/// <summary>A scheduling store in memory, for tests; thread-safe.</summary>
public sealed class InMemorySchedulingStore : ISchedulingStore
{
    private readonly ConcurrentDictionary<string, ScheduleRecord> _schedules = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WorkerRecord> _workers = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private string? _plan;

    public Task SavePlanAsync(string planText, DateTimeOffset appliedUtc, CancellationToken cancellationToken = default)
    {
        _plan = planText;
        return Task.CompletedTask;
    }

    public Task<string?> GetPlanAsync(CancellationToken cancellationToken = default) => Task.FromResult(_plan);

    public Task ReplaceSchedulesAsync(IReadOnlyList<ScheduleRecord> schedules, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            foreach (var key in _schedules.Keys.Except(schedules.Select(s => s.Key)))
                _schedules.TryRemove(key, out _);
            foreach (var schedule in schedules)
                _schedules[schedule.Key] = _schedules.TryGetValue(schedule.Key, out var old)
                    ? schedule with { LastFireUtc = old.LastFireUtc, LastOutcome = old.LastOutcome }
                    : schedule;
        }
        return Task.CompletedTask;
    }

    public Task RecordFireAsync(string key, DateTimeOffset firedUtc, string outcome, DateTimeOffset? nextFireUtc, CancellationToken cancellationToken = default)
    {
        lock (_gate)
            if (_schedules.TryGetValue(key, out var schedule))
                _schedules[key] = schedule with { LastFireUtc = firedUtc, LastOutcome = outcome, NextFireUtc = nextFireUtc ?? schedule.NextFireUtc };
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ScheduleRecord>> ListSchedulesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ScheduleRecord>>([.. _schedules.Values.OrderBy(s => s.Key, StringComparer.Ordinal)]);

    public Task HeartbeatAsync(WorkerRecord worker, CancellationToken cancellationToken = default)
    {
        _workers[worker.Name] = worker;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<WorkerRecord>> ListWorkersAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<WorkerRecord>>([.. _workers.Values.OrderBy(w => w.Name, StringComparer.Ordinal)]);
}
