using Microsoft.EntityFrameworkCore;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;

namespace Yardstick.Storage.Runs;

/// <summary>Runs and samples in the database, one short-lived context per call so concurrent writers never share one.</summary>
public sealed class EfRunStore(YardstickDatabase database) : IRunStore
{
    // SQLite has one writer at a time; serialising in-process writers avoids busy retries under load.
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public async Task CreateRunAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        await WriteAsync(async context =>
        {
            context.Runs.Add(RunMapping.ToEntity(run));
            await context.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task AppendSamplesAsync(IReadOnlyList<SampleRecord> samples, CancellationToken cancellationToken = default)
    {
        if (samples.Count == 0)
            return;
        await WriteAsync(async context =>
        {
            context.Samples.AddRange(samples.Select(RunMapping.ToEntity));
            await context.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task CompleteRunAsync(string runId, RunStatus status, string? summaryJson, CancellationToken cancellationToken = default)
    {
        await WriteAsync(async context =>
        {
            var run = await context.Runs.FirstOrDefaultAsync(r => r.Id == runId, cancellationToken)
                ?? throw new InvalidOperationException($"Run {runId} does not exist.");
            run.Status = status.ToString();
            run.SummaryJson = summaryJson;
            run.FinishedUtc = DateTimeOffset.UtcNow;
            await context.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task<RunRecord?> GetRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var run = await context.Runs.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        return run is null ? null : RunMapping.ToRecord(run);
    }

    public async Task<IReadOnlyList<RunRecord>> ListRunsAsync(RunQuery query, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var runs = context.Runs.AsNoTracking();
        if (query.Kind is { } kind)
            runs = runs.Where(r => r.Kind == kind.ToString());
        if (query.ModelSlug is { } slug)
            runs = runs.Where(r => r.ModelSlug == slug);
        if (query.Task is { } task)
            runs = runs.Where(r => r.Task == task);
        if (query.Status is { } status)
            runs = runs.Where(r => r.Status == status.ToString());
        if (query.Suite is { } suite)
            runs = runs.Where(r => r.Suite == suite);
        if (query.Since is { } since)
        {
            var utc = since.ToUniversalTime();
            runs = runs.Where(r => r.StartedUtc >= utc);
        }
        var rows = await runs.OrderByDescending(r => r.StartedUtc).Take(query.Limit).ToListAsync(cancellationToken);
        return rows.Select(RunMapping.ToRecord).ToList();
    }

    public async Task<IReadOnlyList<SampleRecord>> GetSamplesAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var rows = await context.Samples.AsNoTracking().Where(s => s.RunId == runId).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        return rows.Select(RunMapping.ToRecord).ToList();
    }

    public async Task<SampleCounts> CountSamplesAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var none = nameof(ErrorKind.None);
        var samples = context.Samples.Where(s => s.RunId == runId);
        return new SampleCounts(
            await samples.CountAsync(cancellationToken),
            await samples.CountAsync(s => s.ErrorKind != none, cancellationToken));
    }

    public async Task<SampleRecord?> FindCompletedSampleAsync(string cacheKey, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var none = nameof(ErrorKind.None);
        var row = await context.Samples.AsNoTracking()
            .Where(s => s.PromptSha256 == cacheKey && s.ErrorKind == none)
            .OrderByDescending(s => s.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : RunMapping.ToRecord(row);
    }

    private async Task WriteAsync(Func<YardstickDbContext, Task> write, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var context = database.CreateContext();
            await write(context);
        }
        finally
        {
            _writeGate.Release();
        }
    }
}
