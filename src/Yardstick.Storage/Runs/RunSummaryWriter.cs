using Microsoft.EntityFrameworkCore;
using Yardstick.Core.Runs;
using Yardstick.Storage.Entities;

namespace Yardstick.Storage.Runs;

/// <summary>Computes a run's <see cref="RunFigures"/> from its stored samples and keeps them in <c>run_summaries</c> (replacing any older row).</summary>
internal static class RunSummaryWriter
{
    /// <summary>Adds (or replaces) the summary of <paramref name="runId"/> to <paramref name="context"/>; the caller saves.</summary>
    public static async Task<RunFigures> StageAsync(YardstickDbContext context, string runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await context.Samples.AsNoTracking().Where(s => s.RunId == runId).ToListAsync(cancellationToken);
        var figures = RunFigures.Of(runId, rows.Select(RunMapping.ToRecord).ToList());
        var entity = RunSummaryMapping.ToEntity(figures, now);
        var stored = await context.RunSummaries.FirstOrDefaultAsync(s => s.RunId == runId, cancellationToken);
        if (stored is null)
            context.RunSummaries.Add(entity);
        else
            context.Entry(stored).CurrentValues.SetValues(entity);
        return figures;
    }
}
