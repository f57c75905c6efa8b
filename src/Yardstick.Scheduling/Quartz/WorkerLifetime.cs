namespace Yardstick.Scheduling.Quartz;

/// <summary>A worker's count of fires running and finished, shared by its jobs.</summary>
internal sealed class WorkerLifetime(bool clustered, int? maxFires)
{
    private readonly TaskCompletionSource _maxFiresReached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _fires;
    private int _running;

    public bool Clustered { get; } = clustered;

    public int FiresCompleted => Volatile.Read(ref _fires);

    public int FiresRunning => Volatile.Read(ref _running);

    /// <summary>Completes when <c>--max-runs</c> fires have finished.</summary>
    public Task MaxFiresReached => _maxFiresReached.Task;

    public void FireCompleted()
    {
        if (Interlocked.Increment(ref _fires) >= maxFires)
            _maxFiresReached.TrySetResult();
    }

    /// <summary>Counts a fire as running until the returned scope is disposed.</summary>
    public IDisposable Running()
    {
        Interlocked.Increment(ref _running);
        return new RunningScope(this);
    }

    private sealed class RunningScope(WorkerLifetime lifetime) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                Interlocked.Decrement(ref lifetime._running);
        }
    }
}
