using System.Diagnostics;
using System.Runtime.CompilerServices;
using Yardstick.Core.Providers;

namespace Yardstick.Measure.Tests.Load;

/// <summary>
/// Answers every request with a few tokens after a short await, notes the most requests it saw in flight at once,
/// and fails the requests whose sequence (read from the prompt's id) a test asks it to.
/// </summary>
internal sealed class ConcurrencyProbeProvider(int delayMilliseconds = 5, Func<int, ProviderException?>? failure = null) : ICompletionProvider
{
    private int _inFlight;
    private int _maxInFlight;
    private int _calls;

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public int Calls => Volatile.Read(ref _calls);

    public string Describe => "probe";

    public async IAsyncEnumerable<CompletionEvent> StreamAsync(CompletionRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var call = Interlocked.Increment(ref _calls) - 1;
        var now = Interlocked.Increment(ref _inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
        {
        }
        try
        {
            yield return new RequestStarted(Stopwatch.GetTimestamp());
            await Task.Delay(delayMilliseconds, cancellationToken);
            if (failure?.Invoke(call) is { } error)
                throw error;
            yield return new TokenDelta(Stopwatch.GetTimestamp(), " red blue", null);
            await Task.Delay(1, cancellationToken);
            yield return new TokenDelta(Stopwatch.GetTimestamp(), " green", null);
            yield return new UsageReported(Stopwatch.GetTimestamp(), new TokenUsage(20, 3, null));
            yield return new Finished(Stopwatch.GetTimestamp(), "length");
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
