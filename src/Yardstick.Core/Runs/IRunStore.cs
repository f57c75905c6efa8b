namespace Yardstick.Core.Runs;

/// <summary>Where runs and their raw samples are kept (SQLite or PostgreSQL through EF Core, or in memory for tests).</summary>
public interface IRunStore
{
    Task CreateRunAsync(RunRecord run, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores samples; (RunId, PromptId, Epoch) is unique per run. A sample whose key already has a succeeded sample is not
    /// stored (that answer stands); one whose key has a failed sample replaces it, and the replaced attempt is counted in
    /// <see cref="SampleRecord.Retries"/>.
    /// </summary>
    Task AppendSamplesAsync(IReadOnlyList<SampleRecord> samples, CancellationToken cancellationToken = default);

    Task CompleteRunAsync(string runId, RunStatus status, string? summaryJson, CancellationToken cancellationToken = default);

    /// <summary>Completes a run and says why it failed (<paramref name="failureReason"/>, null for a run that did not fail).</summary>
    Task CompleteRunAsync(string runId, RunStatus status, string? summaryJson, string? failureReason, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the run's lease for <paramref name="ttl"/> when nobody holds it, its lease expired, or <paramref name="owner"/>
    /// holds it already; atomic (one conditional update), so two processes never both win. False when another owner holds it.
    /// </summary>
    Task<bool> TryAcquireLeaseAsync(string runId, string owner, TimeSpan ttl, CancellationToken cancellationToken = default);

    /// <summary>Extends <paramref name="owner"/>'s lease by <paramref name="ttl"/> from now; false when the lease was lost (taken over or released).</summary>
    Task<bool> RenewLeaseAsync(string runId, string owner, TimeSpan ttl, CancellationToken cancellationToken = default);

    /// <summary>Gives the lease up if <paramref name="owner"/> holds it; nothing happens otherwise.</summary>
    Task ReleaseLeaseAsync(string runId, string owner, CancellationToken cancellationToken = default);

    Task<RunRecord?> GetRunAsync(string runId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<RunRecord>> ListRunsAsync(RunQuery query, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SampleRecord>> GetSamplesAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>A run's samples in issue order (Sequence, then Epoch), read as they are needed (exports of large runs never hold them all).</summary>
    IAsyncEnumerable<SampleRecord> StreamSamplesAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>How many samples a run has and how many of them failed, without loading them.</summary>
    Task<SampleCounts> CountSamplesAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The most recent successful sample of any run whose <see cref="SampleRecord.PromptSha256"/> equals
    /// <paramref name="cacheKey"/> (a hash of model, messages, parameters and epoch): the completion cache.
    /// </summary>
    Task<SampleRecord?> FindCompletedSampleAsync(string cacheKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Which of <paramref name="promptHashes"/> (<see cref="SampleRecord.PromptSha256"/>) some run other than
    /// <paramref name="runId"/> already sent to the same endpoint (<paramref name="baseUrl"/> and <paramref name="modelId"/>):
    /// a provider's prompt cache may answer those faster (the cross-run check of the prompt-cache analyser).
    /// </summary>
    Task<IReadOnlySet<string>> FindPromptsSentByOtherRunsAsync(string runId, string baseUrl, string modelId, IReadOnlyCollection<string> promptHashes,
        CancellationToken cancellationToken = default);
}
