using Microsoft.EntityFrameworkCore;
using Yardstick.Core.Runs;

namespace Yardstick.Storage.Runs;

/// <summary>
/// Run figures from <c>run_summaries</c>. A run stored before the table existed (or by an older version) has its figures
/// computed from its samples on first read and stored, so the second read is one indexed lookup.
/// </summary>
public sealed class EfRunFiguresStore(YardstickDatabase database, TimeProvider? clock = null) : IRunFiguresStore
{
    // Keeps each IN (…) list well under SQLite's and PostgreSQL's parameter limits.
    private const int Chunk = 500;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public async Task<IReadOnlyDictionary<string, RunFigures>> GetFiguresAsync(IReadOnlyCollection<string> runIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        var figures = new Dictionary<string, RunFigures>(StringComparer.Ordinal);
        await using var context = database.CreateContext();
        foreach (var chunk in runIds.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            var rows = await context.RunSummaries.AsNoTracking().Where(s => chunk.Contains(s.RunId)).ToListAsync(cancellationToken);
            foreach (var row in rows)
                figures[row.RunId] = RunSummaryMapping.ToRecord(row);
        }
        var missing = runIds.Where(id => !figures.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
            return figures;
        var existing = await context.Runs.AsNoTracking().Where(r => missing.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken);
        foreach (var id in existing)
            figures[id] = await RunSummaryWriter.StageAsync(context, id, _clock.GetUtcNow(), cancellationToken);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another reader stored the same figures meanwhile: they were computed from the same samples, ours stand as read.
        }
        return figures;
    }

    /// <summary>Recomputes and stores the figures of every run (or only those without any): `yardstick dev summarise`.</summary>
    public async Task<int> BackfillAsync(bool all, CancellationToken cancellationToken = default)
    {
        List<string> ids;
        await using (var context = database.CreateContext())
        {
            var runs = context.Runs.AsNoTracking().Select(r => r.Id);
            if (!all)
                runs = runs.Where(id => !context.RunSummaries.Any(s => s.RunId == id));
            ids = await runs.OrderBy(id => id).ToListAsync(cancellationToken);
        }
        foreach (var chunk in ids.Chunk(Chunk))
        {
            await using var context = database.CreateContext();
            foreach (var id in chunk)
                await RunSummaryWriter.StageAsync(context, id, _clock.GetUtcNow(), cancellationToken);
            await context.SaveChangesAsync(cancellationToken);
        }
        return ids.Count;
    }
}
