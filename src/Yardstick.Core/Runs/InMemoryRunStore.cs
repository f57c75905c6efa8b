using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Yardstick.Core.Runs;

/// <summary>A run store in memory, for tests and dry runs; thread-safe.</summary>
public sealed class InMemoryRunStore(TimeProvider? clock = null) : IRunStore
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, RunRecord> _runs = new();
    private readonly ConcurrentDictionary<string, List<SampleRecord>> _samples = new();

    public Task CreateRunAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        if (!_runs.TryAdd(run.Id, run))
            throw new InvalidOperationException($"Run {run.Id} exists already.");
        _samples[run.Id] = [];
        return Task.CompletedTask;
    }

    public Task AppendSamplesAsync(IReadOnlyList<SampleRecord> samples, CancellationToken cancellationToken = default)
    {
        foreach (var sample in samples)
        {
            if (!_samples.TryGetValue(sample.RunId, out var list))
                throw new InvalidOperationException($"Run {sample.RunId} does not exist.");
            lock (list)
            {
                var index = list.FindIndex(s => s.PromptId == sample.PromptId && s.Epoch == sample.Epoch);
                var kept = DuplicateSamples.Resolve(index < 0 ? null : list[index], sample);
                if (kept is null)
                    continue;
                if (index < 0)
                    list.Add(kept);
                else
                    list[index] = kept;
            }
        }
        return Task.CompletedTask;
    }

    public Task CompleteRunAsync(string runId, RunStatus status, string? summaryJson, CancellationToken cancellationToken = default) =>
        CompleteRunAsync(runId, status, summaryJson, null, cancellationToken);

    public Task CompleteRunAsync(string runId, RunStatus status, string? summaryJson, string? failureReason, CancellationToken cancellationToken = default)
    {
        Update(runId, run => run with { Status = status, SummaryJson = summaryJson, FailureReason = failureReason, FinishedUtc = _clock.GetUtcNow() });
        return Task.CompletedTask;
    }

    public Task<bool> TryAcquireLeaseAsync(string runId, string owner, TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow();
        var won = false;
        Update(runId, run =>
        {
            won = run.LeaseOwner is null || run.LeaseExpiresUtc < now || run.LeaseOwner == owner;
            return won ? run with { LeaseOwner = owner, LeaseExpiresUtc = now + ttl } : run;
        });
        return Task.FromResult(won);
    }

    public Task<bool> RenewLeaseAsync(string runId, string owner, TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow();
        var held = false;
        Update(runId, run =>
        {
            held = run.LeaseOwner == owner;
            return held ? run with { LeaseExpiresUtc = now + ttl } : run;
        });
        return Task.FromResult(held);
    }

    public Task ReleaseLeaseAsync(string runId, string owner, CancellationToken cancellationToken = default)
    {
        Update(runId, run => run.LeaseOwner == owner ? run with { LeaseOwner = null, LeaseExpiresUtc = null } : run);
        return Task.CompletedTask;
    }

    public Task<RunRecord?> GetRunAsync(string runId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_runs.GetValueOrDefault(runId));

    public Task<IReadOnlyList<RunRecord>> ListRunsAsync(RunQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RunRecord>>(_runs.Values
            .Where(r => query.Kind is null || r.Kind == query.Kind)
            .Where(r => query.ModelSlug is null || r.ModelSlug == query.ModelSlug)
            .Where(r => query.Task is null || r.Task == query.Task)
            .Where(r => query.Status is null || r.Status == query.Status)
            .Where(r => query.Suite is null || r.Suite == query.Suite)
            .Where(r => query.Since is null || r.StartedUtc >= query.Since)
            .Where(r => query.ChangedSince is null || r.StartedUtc >= query.ChangedSince || r.FinishedUtc >= query.ChangedSince)
            .OrderByDescending(r => r.StartedUtc).Take(query.Limit).ToList());

    public Task<IReadOnlyList<SampleRecord>> GetSamplesAsync(string runId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SampleRecord>>(Snapshot(runId));

    public async IAsyncEnumerable<SampleRecord> StreamSamplesAsync(string runId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var sample in Snapshot(runId).OrderBy(s => s.Sequence).ThenBy(s => s.Epoch))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return sample;
        }
        await Task.CompletedTask.ConfigureAwait(false);
    }

    public Task<SampleCounts> CountSamplesAsync(string runId, CancellationToken cancellationToken = default)
    {
        var samples = Snapshot(runId);
        return Task.FromResult(new SampleCounts(samples.Count, samples.Count(s => !s.Succeeded)));
    }

    public Task<SampleRecord?> FindCompletedSampleAsync(string cacheKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(_samples.Keys.SelectMany(Snapshot)
            .Where(s => s.PromptSha256 == cacheKey && s.Succeeded)
            .OrderByDescending(s => s.RequestStartedUtc)
            .FirstOrDefault());

    public Task<IReadOnlySet<string>> FindPromptsSentByOtherRunsAsync(string runId, string baseUrl, string modelId,
        IReadOnlyCollection<string> promptHashes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(promptHashes);
        var wanted = promptHashes.ToHashSet(StringComparer.Ordinal);
        var sameEndpoint = _runs.Values.Where(r => r.Id != runId && r.BaseUrl == baseUrl && r.ModelId == modelId).Select(r => r.Id);
        IReadOnlySet<string> found = sameEndpoint.SelectMany(Snapshot).Select(s => s.PromptSha256).OfType<string>().Where(wanted.Contains)
            .ToHashSet(StringComparer.Ordinal);
        return Task.FromResult(found);
    }

    private List<SampleRecord> Snapshot(string runId)
    {
        if (!_samples.TryGetValue(runId, out var list))
            return [];
        lock (list)
            return [.. list];
    }

    private void Update(string runId, Func<RunRecord, RunRecord> change) =>
        _runs.AddOrUpdate(runId, _ => throw new InvalidOperationException($"Run {runId} does not exist."), (_, run) => change(run));
}
