namespace Yardstick.Providers.Http;

/// <summary>
/// One request's cancellation: the caller's token plus a timer that is the first-byte timeout until the headers arrive
/// and then the idle timeout, re-armed on every read. Lets a cancellation be told apart as the caller's or a timeout's.
/// </summary>
internal sealed class RequestTimeouts : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationToken _caller;
    private readonly TimeSpan _firstByte;
    private readonly TimeSpan _idle;

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

    public void HeadersArrived()
    {
        Phase = RequestPhase.Streaming;
        Rearm();
    }

    /// <summary>Called on every completed read of the body: silence is measured from the last bytes received.</summary>
    public void Rearm()
    {
        if (!_source.IsCancellationRequested)
            _source.CancelAfter(_idle);
    }

    public TimeSpan CurrentLimit => Phase == RequestPhase.AwaitingHeaders ? _firstByte : _idle;

    public void Dispose() => _source.Dispose();
}
