using System.Diagnostics;

namespace Yardstick.Providers.Http;

/// <summary>
/// One request's cancellation: the caller's token plus the first-byte timeout until the headers arrive, then the idle
/// timeout between reads. Reads only note their time (<see cref="Rearm"/> is a single write, cheap at 200,000 events/s);
/// a timer checks the silence lazily and re-arms itself for the remainder. Lets a cancellation be told apart as the
/// caller's or a timeout's, and which one.
/// </summary>
internal sealed class RequestTimeouts : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationToken _caller;
    private readonly TimeSpan _firstByte;
    private readonly TimeSpan _idle;
    private Timer? _idleTimer;
    private long _lastActivity;
    private volatile bool _disposed;

    public RequestTimeouts(HttpProviderOptions options, CancellationToken caller)
    {
        _caller = caller;
        _firstByte = options.FirstByteTimeout;
        _idle = options.IdleTimeout;
        _source = CancellationTokenSource.CreateLinkedTokenSource(caller);
        _source.CancelAfter(_firstByte);
    }

    public CancellationToken Token => _source.Token;

    public RequestPhase Phase { get; private set; } = RequestPhase.AwaitingHeaders;

    public bool CallerCancelled => _caller.IsCancellationRequested;

    public bool TimedOut => _source.IsCancellationRequested && !_caller.IsCancellationRequested;

    public TimeSpan CurrentLimit => Phase == RequestPhase.AwaitingHeaders ? _firstByte : _idle;

    public void HeadersArrived()
    {
        Phase = RequestPhase.Streaming;
        Rearm();
        if (_source.IsCancellationRequested)
            return;
        _source.CancelAfter(Timeout.InfiniteTimeSpan);
        _idleTimer = new Timer(_ => CheckIdle(), null, _idle, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Called on every completed read of the body: silence is measured from the last bytes received.</summary>
    public void Rearm() => Volatile.Write(ref _lastActivity, Stopwatch.GetTimestamp());

    private void CheckIdle()
    {
        if (_disposed)
            return;
        var silent = Stopwatch.GetElapsedTime(Volatile.Read(ref _lastActivity));
        try
        {
            if (silent >= _idle)
                _source.Cancel();
            else
                _idleTimer?.Change(_idle - silent, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // The request ended between the check above and this call: there is nothing left to time out.
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _idleTimer?.Dispose();
        _source.Dispose();
    }
}
