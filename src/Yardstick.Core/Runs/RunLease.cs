namespace Yardstick.Core.Runs;

/// <summary>
/// The right to execute one run, held in the database: taken when the run starts or resumes, renewed in the background
/// every third of its time to live, released on dispose. Another process may take a run over only once its lease has
/// expired (the owner stopped heartbeating for <see cref="Ttl"/>), so two processes never execute the same run.
/// <see cref="Lost"/> fires when a renewal finds the lease gone, or when renewals keep failing until it would have expired.
/// </summary>
public sealed class RunLease : IAsyncDisposable
{
    /// <summary>30 s: a killed process's run can be resumed half a minute after its last heartbeat.</summary>
    public static readonly TimeSpan DefaultTtl = TimeSpan.FromSeconds(30);

    private readonly IRunStore _store;
    private readonly TimeProvider _clock;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _heartbeat;
    private int _disposed;

    private RunLease(IRunStore store, string runId, string owner, TimeSpan ttl, TimeProvider clock)
    {
        (_store, RunId, Owner, Ttl, _clock) = (store, runId, owner, ttl, clock);
        _heartbeat = Task.Run(HeartbeatAsync);
    }

    public string RunId { get; }

    public string Owner { get; }

    public TimeSpan Ttl { get; }

    /// <summary>Cancelled when the lease is lost: the holder must stop writing to the run.</summary>
    public CancellationToken Lost => _lost.Token;

    public bool IsLost => _lost.IsCancellationRequested;

    /// <summary>A fresh owner id naming this host and process, unique per call (two runners in one process are two owners).</summary>
    public static string NewOwner() => $"{Environment.MachineName}/pid {Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Takes the lease of <paramref name="runId"/> and starts heartbeating, or returns null when another owner holds it.</summary>
    public static async Task<RunLease?> TryAcquireAsync(IRunStore store, string runId, string owner, TimeSpan? ttl = null,
        TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var span = ttl ?? DefaultTtl;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(span, TimeSpan.Zero, nameof(ttl));
        return await store.TryAcquireLeaseAsync(runId, owner, span, cancellationToken).ConfigureAwait(false)
            ? new RunLease(store, runId, owner, span, clock ?? TimeProvider.System)
            : null;
    }

    private async Task HeartbeatAsync()
    {
        var lastRenewed = _clock.GetUtcNow();
        using var timer = new PeriodicTimer(Ttl / 3, _clock);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                bool renewed;
                try
                {
                    renewed = await _store.RenewLeaseAsync(RunId, Owner, Ttl, _stop.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A database hiccup is not a lost lease yet: keep trying until the lease would have run out.
                    if (_clock.GetUtcNow() - lastRenewed < Ttl)
                        continue;
                    renewed = false;
                }
                if (!renewed)
                {
                    await _lost.CancelAsync().ConfigureAwait(false);
                    return;
                }
                lastRenewed = _clock.GetUtcNow();
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Disposed: the heartbeat ends here and the lease is released by DisposeAsync.
        }
    }

    /// <summary>Stops heartbeating and releases the lease (when still held), so the run can be resumed at once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        await _stop.CancelAsync().ConfigureAwait(false);
        await _heartbeat.ConfigureAwait(false);
        _stop.Dispose();
        if (IsLost)
            return;
        try
        {
            await _store.ReleaseLeaseAsync(RunId, Owner, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // Disposing often follows a failure (the database went away); an unreleased lease expires by itself after
            // Ttl, and throwing here would hide the failure that ended the run.
        }
    }
}
