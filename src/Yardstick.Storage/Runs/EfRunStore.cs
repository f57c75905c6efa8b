using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Storage.Entities;

namespace Yardstick.Storage.Runs;

/// <summary>
/// Runs and samples in the database, one short-lived context per call so concurrent writers never share one. Leases are
/// single conditional UPDATE statements, atomic on SQLite and PostgreSQL alike; lease times come from
/// <paramref name="clock"/> (the writer's clock: hosts sharing a database need synchronised clocks).
/// </summary>
public sealed partial class EfRunStore(YardstickDatabase database, TimeProvider? clock = null, ILogger<EfRunStore>? logger = null) : IRunStore
{
    // A concurrent writer (another process) may insert the same key between our read and our insert: then read again.
    private const int AppendAttempts = 3;

    // SQLite has one writer at a time; serialising in-process writers avoids busy retries under load.
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;
    private long _duplicatesIgnored;

    /// <summary>Samples not stored because their key already had a succeeded sample (see <see cref="DuplicateSamples"/>).</summary>
    public long DuplicatesIgnored => Interlocked.Read(ref _duplicatesIgnored);

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
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WriteAsync(context => AppendOnceAsync(context, samples, cancellationToken), cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < AppendAttempts)
            {
                // Another writer stored one of these keys meanwhile; the next attempt sees its row and merges with it.
                if (!await AnyKeyStoredAsync(samples, cancellationToken))
                    throw;
            }
        }
    }

    private async Task AppendOnceAsync(YardstickDbContext context, IReadOnlyList<SampleRecord> samples, CancellationToken cancellationToken)
    {
        var existing = new Dictionary<(string, string, int), SampleEntity>();
        foreach (var group in samples.GroupBy(s => s.RunId))
        {
            var promptIds = group.Select(s => s.PromptId).Distinct().ToList();
            var rows = await context.Samples.Where(s => s.RunId == group.Key && promptIds.Contains(s.PromptId)).ToListAsync(cancellationToken);
            foreach (var row in rows)
                existing[(row.RunId, row.PromptId, row.Epoch)] = row;
        }
        var ignored = 0;
        foreach (var sample in samples)
        {
            var key = DuplicateSamples.KeyOf(sample);
            var stored = existing.GetValueOrDefault(key);
            if (DuplicateSamples.Resolve(stored is null ? null : RunMapping.ToRecord(stored), sample) is not { } kept)
            {
                ignored++;
                continue;
            }
            var entity = RunMapping.ToEntity(kept);
            if (stored is null)
            {
                context.Samples.Add(entity);
            }
            else
            {
                entity.Id = stored.Id;
                context.Entry(stored).CurrentValues.SetValues(entity);
            }
            existing[key] = stored ?? entity;
        }
        await context.SaveChangesAsync(cancellationToken);
        if (ignored > 0)
        {
            Interlocked.Add(ref _duplicatesIgnored, ignored);
            LogDuplicatesIgnored(_logger, ignored, samples[0].RunId);
        }
    }

    private async Task<bool> AnyKeyStoredAsync(IReadOnlyList<SampleRecord> samples, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        foreach (var sample in samples)
        {
            if (await context.Samples.AnyAsync(s => s.RunId == sample.RunId && s.PromptId == sample.PromptId && s.Epoch == sample.Epoch, cancellationToken))
                return true;
        }
        return false;
    }

    public Task CompleteRunAsync(string runId, RunStatus status, string? summaryJson, CancellationToken cancellationToken = default) =>
        CompleteRunAsync(runId, status, summaryJson, null, cancellationToken);

    public async Task CompleteRunAsync(string runId, RunStatus status, string? summaryJson, string? failureReason, CancellationToken cancellationToken = default)
    {
        await WriteAsync(async context =>
        {
            var run = await context.Runs.FirstOrDefaultAsync(r => r.Id == runId, cancellationToken)
                ?? throw new InvalidOperationException($"Run {runId} does not exist.");
            run.Status = status.ToString();
            run.SummaryJson = summaryJson;
            run.FailureReason = failureReason;
            run.FinishedUtc = _clock.GetUtcNow().ToUniversalTime();
            // The figures pages read are written with the status, in the same save: a completed run never lacks them.
            await RunSummaryWriter.StageAsync(context, runId, run.FinishedUtc.Value, cancellationToken);
            await context.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task<bool> TryAcquireLeaseAsync(string runId, string owner, TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow().ToUniversalTime();
        var expires = now + ttl;
        var updated = 0;
        await WriteAsync(async context => updated = await context.Runs
            .Where(r => r.Id == runId && (r.LeaseOwner == null || r.LeaseExpiresUtc < now || r.LeaseOwner == owner))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.LeaseOwner, owner).SetProperty(r => r.LeaseExpiresUtc, expires), cancellationToken),
            cancellationToken);
        return updated == 1;
    }

    public async Task<bool> RenewLeaseAsync(string runId, string owner, TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        var expires = _clock.GetUtcNow().ToUniversalTime() + ttl;
        var updated = 0;
        await WriteAsync(async context => updated = await context.Runs
            .Where(r => r.Id == runId && r.LeaseOwner == owner)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.LeaseExpiresUtc, expires), cancellationToken),
            cancellationToken);
        return updated == 1;
    }

    public async Task ReleaseLeaseAsync(string runId, string owner, CancellationToken cancellationToken = default)
    {
        await WriteAsync(async context => await context.Runs
            .Where(r => r.Id == runId && r.LeaseOwner == owner)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.LeaseOwner, (string?)null).SetProperty(r => r.LeaseExpiresUtc, (DateTimeOffset?)null), cancellationToken),
            cancellationToken);
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
        List<RunEntity> rows;
        if (query.ChangedSince is { } changed)
        {
            // Ordered here, not in the database: ORDER BY StartedUtc makes SQLite walk the whole StartedUtc index instead of
            // seeking both indexes (MULTI-INDEX OR), and the runs that changed since a recent moment are few.
            var utc = changed.ToUniversalTime();
            rows = await runs.Where(r => r.StartedUtc >= utc || r.FinishedUtc >= utc).ToListAsync(cancellationToken);
            rows = [.. rows.OrderByDescending(r => r.StartedUtc).Take(query.Limit)];
        }
        else
            rows = await runs.OrderByDescending(r => r.StartedUtc).Take(query.Limit).ToListAsync(cancellationToken);
        return rows.Select(RunMapping.ToRecord).ToList();
    }

    public async Task<IReadOnlyList<SampleRecord>> GetSamplesAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var rows = await context.Samples.AsNoTracking().Where(s => s.RunId == runId).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        return rows.Select(RunMapping.ToRecord).ToList();
    }

    public async IAsyncEnumerable<SampleRecord> StreamSamplesAsync(string runId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var rows = context.Samples.AsNoTracking().Where(s => s.RunId == runId).OrderBy(s => s.Sequence).ThenBy(s => s.Epoch).ThenBy(s => s.Id).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
            yield return RunMapping.ToRecord(row);
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

    public async Task<IReadOnlySet<string>> FindPromptsSentByOtherRunsAsync(string runId, string baseUrl, string modelId,
        IReadOnlyCollection<string> promptHashes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(promptHashes);
        await using var context = database.CreateContext();
        var found = new HashSet<string>(StringComparer.Ordinal);
        // Chunks keep each IN list well under the providers' parameter limits; the prompt hash column is indexed.
        foreach (var chunk in promptHashes.Distinct(StringComparer.Ordinal).Chunk(PromptHashChunk))
        {
            var hashes = chunk.ToList();
            var sent = await context.Samples.AsNoTracking()
                .Where(s => s.RunId != runId && s.PromptSha256 != null && hashes.Contains(s.PromptSha256))
                .Join(context.Runs.Where(r => r.BaseUrl == baseUrl && r.ModelId == modelId), s => s.RunId, r => r.Id, (s, _) => s.PromptSha256!)
                .Distinct()
                .ToListAsync(cancellationToken);
            found.UnionWith(sent);
        }
        return found;
    }

    private const int PromptHashChunk = 500;

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

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} duplicate sample(s) of run {RunId} not stored: their question and epoch already have a succeeded sample.")]
    private static partial void LogDuplicatesIgnored(ILogger logger, int count, string runId);
}
