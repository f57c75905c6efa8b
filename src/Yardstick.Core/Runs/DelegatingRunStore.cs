namespace Yardstick.Core.Runs;

/// <summary>
/// A run store that passes every call to another one: the base for decorators (redaction, caps, test probes) that change
/// a few calls and leave the rest alone.
/// </summary>
public abstract class DelegatingRunStore(IRunStore inner) : IRunStore
{
    /// <summary>The store calls are passed to.</summary>
    protected IRunStore Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    public virtual Task CreateRunAsync(RunRecord run, CancellationToken cancellationToken = default) => Inner.CreateRunAsync(run, cancellationToken);

    public virtual Task AppendSamplesAsync(IReadOnlyList<SampleRecord> samples, CancellationToken cancellationToken = default) =>
        Inner.AppendSamplesAsync(samples, cancellationToken);

    public Task CompleteRunAsync(string runId, RunStatus status, string? summaryJson, CancellationToken cancellationToken = default) =>
        CompleteRunAsync(runId, status, summaryJson, null, cancellationToken);

    public virtual Task CompleteRunAsync(string runId, RunStatus status, string? summaryJson, string? failureReason, CancellationToken cancellationToken = default) =>
        Inner.CompleteRunAsync(runId, status, summaryJson, failureReason, cancellationToken);

    public virtual Task<bool> TryAcquireLeaseAsync(string runId, string owner, TimeSpan ttl, CancellationToken cancellationToken = default) =>
        Inner.TryAcquireLeaseAsync(runId, owner, ttl, cancellationToken);

    public virtual Task<bool> RenewLeaseAsync(string runId, string owner, TimeSpan ttl, CancellationToken cancellationToken = default) =>
        Inner.RenewLeaseAsync(runId, owner, ttl, cancellationToken);

    public virtual Task ReleaseLeaseAsync(string runId, string owner, CancellationToken cancellationToken = default) =>
        Inner.ReleaseLeaseAsync(runId, owner, cancellationToken);

    public virtual Task<RunRecord?> GetRunAsync(string runId, CancellationToken cancellationToken = default) => Inner.GetRunAsync(runId, cancellationToken);

    public virtual Task<IReadOnlyList<RunRecord>> ListRunsAsync(RunQuery query, CancellationToken cancellationToken = default) =>
        Inner.ListRunsAsync(query, cancellationToken);

    public virtual Task<IReadOnlyList<SampleRecord>> GetSamplesAsync(string runId, CancellationToken cancellationToken = default) =>
        Inner.GetSamplesAsync(runId, cancellationToken);

    public virtual IAsyncEnumerable<SampleRecord> StreamSamplesAsync(string runId, CancellationToken cancellationToken = default) =>
        Inner.StreamSamplesAsync(runId, cancellationToken);

    public virtual Task<SampleCounts> CountSamplesAsync(string runId, CancellationToken cancellationToken = default) =>
        Inner.CountSamplesAsync(runId, cancellationToken);

    public virtual Task<SampleRecord?> FindCompletedSampleAsync(string cacheKey, CancellationToken cancellationToken = default) =>
        Inner.FindCompletedSampleAsync(cacheKey, cancellationToken);

    public virtual Task<IReadOnlySet<string>> FindPromptsSentByOtherRunsAsync(string runId, string baseUrl, string modelId,
        IReadOnlyCollection<string> promptHashes, CancellationToken cancellationToken = default) =>
        Inner.FindPromptsSentByOtherRunsAsync(runId, baseUrl, modelId, promptHashes, cancellationToken);
}
