namespace Yardstick.Core.Runs;

/// <summary>Where runs and their raw samples are kept (SQLite or PostgreSQL through EF Core, or in memory for tests).</summary>
public interface IRunStore
{
    Task CreateRunAsync(RunRecord run, CancellationToken cancellationToken = default);

    Task AppendSamplesAsync(IReadOnlyList<SampleRecord> samples, CancellationToken cancellationToken = default);

    Task CompleteRunAsync(string runId, RunStatus status, string? summaryJson, CancellationToken cancellationToken = default);

    Task<RunRecord?> GetRunAsync(string runId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<RunRecord>> ListRunsAsync(RunQuery query, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SampleRecord>> GetSamplesAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>How many samples a run has and how many of them failed, without loading them.</summary>
    Task<SampleCounts> CountSamplesAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The most recent successful sample of any run whose <see cref="SampleRecord.PromptSha256"/> equals
    /// <paramref name="cacheKey"/> (a hash of model, messages, parameters and epoch): the completion cache.
    /// </summary>
    Task<SampleRecord?> FindCompletedSampleAsync(string cacheKey, CancellationToken cancellationToken = default);
}
