using System.Collections.Concurrent;

namespace Yardstick.Core.Runs;

/// <summary>A run store in memory, for tests and dry runs; thread-safe.</summary>
public sealed class InMemoryRunStore : IRunStore
{
    private readonly ConcurrentDictionary<string, RunRecord> _runs = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<SampleRecord>> _samples = new();

    public Task CreateRunAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        if (!_runs.TryAdd(run.Id, run))
            throw new InvalidOperationException($"Run {run.Id} exists already.");
        _samples[run.Id] = new ConcurrentQueue<SampleRecord>();
        return Task.CompletedTask;
    }

    public Task AppendSamplesAsync(IReadOnlyList<SampleRecord> samples, CancellationToken cancellationToken = default)
    {
        foreach (var sample in samples)
        {
            if (!_samples.TryGetValue(sample.RunId, out var queue))
                throw new InvalidOperationException($"Run {sample.RunId} does not exist.");
            queue.Enqueue(sample);
        }
        return Task.CompletedTask;
    }

    public Task CompleteRunAsync(string runId, RunStatus status, string? summaryJson, CancellationToken cancellationToken = default)
    {
        _runs.AddOrUpdate(runId, _ => throw new InvalidOperationException($"Run {runId} does not exist."),
            (_, run) => run with { Status = status, SummaryJson = summaryJson, FinishedUtc = DateTimeOffset.UtcNow });
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
            .OrderByDescending(r => r.StartedUtc).Take(query.Limit).ToList());

    public Task<IReadOnlyList<SampleRecord>> GetSamplesAsync(string runId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SampleRecord>>(_samples.TryGetValue(runId, out var queue) ? queue.ToList() : []);

    public Task<SampleCounts> CountSamplesAsync(string runId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_samples.TryGetValue(runId, out var queue)
            ? new SampleCounts(queue.Count, queue.Count(s => !s.Succeeded))
            : new SampleCounts(0, 0));

    public Task<SampleRecord?> FindCompletedSampleAsync(string cacheKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(_samples.Values.SelectMany(q => q)
            .Where(s => s.PromptSha256 == cacheKey && s.Succeeded)
            .OrderByDescending(s => s.RequestStartedUtc)
            .FirstOrDefault());
}
