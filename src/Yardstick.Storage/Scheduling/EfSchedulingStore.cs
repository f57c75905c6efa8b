using Microsoft.EntityFrameworkCore;
using Yardstick.Core.Scheduling;
using Yardstick.Storage.Entities;

namespace Yardstick.Storage.Scheduling;

/// <summary>The applied plan, schedules and workers in the database, one short-lived context per call.</summary>
public sealed class EfSchedulingStore(YardstickDatabase database) : ISchedulingStore
{
    private const int PlanRowId = 1;

    public async Task SavePlanAsync(string planText, DateTimeOffset appliedUtc, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var row = await context.AppliedPlans.FirstOrDefaultAsync(p => p.Id == PlanRowId, cancellationToken);
        if (row is null)
            context.AppliedPlans.Add(new AppliedPlanEntity { Id = PlanRowId, PlanText = planText, AppliedUtc = appliedUtc.ToUniversalTime() });
        else
            (row.PlanText, row.AppliedUtc) = (planText, appliedUtc.ToUniversalTime());
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<string?> GetPlanAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        return await context.AppliedPlans.AsNoTracking().Where(p => p.Id == PlanRowId).Select(p => p.PlanText).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task ReplaceSchedulesAsync(IReadOnlyList<ScheduleRecord> schedules, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var rows = await context.Schedules.ToDictionaryAsync(s => s.Key, StringComparer.Ordinal, cancellationToken);
        var wanted = schedules.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        context.Schedules.RemoveRange(rows.Values.Where(r => !wanted.Contains(r.Key)));
        foreach (var schedule in schedules)
        {
            if (!rows.TryGetValue(schedule.Key, out var row))
            {
                row = new ScheduleEntity { Key = schedule.Key, Suite = schedule.Suite, Endpoint = schedule.Endpoint, Schedule = schedule.Schedule };
                context.Schedules.Add(row);
            }
            (row.Suite, row.Endpoint, row.Location, row.ModelSlug, row.Schedule, row.NextFireUtc) =
                (schedule.Suite, schedule.Endpoint, schedule.Location, schedule.ModelSlug, schedule.Schedule, schedule.NextFireUtc?.ToUniversalTime());
        }
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RecordFireAsync(string key, DateTimeOffset firedUtc, string outcome, DateTimeOffset? nextFireUtc, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var row = await context.Schedules.FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (row is null)
            return;
        (row.LastFireUtc, row.LastOutcome) = (firedUtc.ToUniversalTime(), outcome);
        if (nextFireUtc is { } next)
            row.NextFireUtc = next.ToUniversalTime();
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ScheduleRecord>> ListSchedulesAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var rows = await context.Schedules.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new ScheduleRecord
        {
            Key = r.Key, Suite = r.Suite, Endpoint = r.Endpoint, Location = r.Location, ModelSlug = r.ModelSlug, Schedule = r.Schedule,
            NextFireUtc = r.NextFireUtc, LastFireUtc = r.LastFireUtc, LastOutcome = r.LastOutcome,
        })];
    }

    public async Task HeartbeatAsync(WorkerRecord worker, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var row = await context.Workers.FirstOrDefaultAsync(w => w.Name == worker.Name, cancellationToken);
        if (row is null)
        {
            row = new WorkerEntity { Name = worker.Name };
            context.Workers.Add(row);
        }
        (row.Location, row.Host, row.StartedUtc, row.HeartbeatUtc, row.StoppedUtc, row.CurrentRunId, row.FiresCompleted) =
            (worker.Location, worker.Host, worker.StartedUtc.ToUniversalTime(), worker.HeartbeatUtc.ToUniversalTime(), worker.StoppedUtc?.ToUniversalTime(),
                worker.CurrentRunId, worker.FiresCompleted);
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<WorkerRecord>> ListWorkersAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var rows = await context.Workers.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => new WorkerRecord
        {
            Name = r.Name, Location = r.Location, Host = r.Host, StartedUtc = r.StartedUtc, HeartbeatUtc = r.HeartbeatUtc, StoppedUtc = r.StoppedUtc,
            CurrentRunId = r.CurrentRunId, FiresCompleted = r.FiresCompleted,
        })];
    }
}
