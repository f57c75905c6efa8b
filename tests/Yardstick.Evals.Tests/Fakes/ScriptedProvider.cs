using System.Diagnostics;
using System.Runtime.CompilerServices;
using Yardstick.Core.Providers;

namespace Yardstick.Evals.Tests.Fakes;

/// <summary>
/// A provider whose reply to each request is computed by a function of the request and the call number: text to
/// stream (content, optional reasoning, optional usage), or an exception to throw. Counts calls and the peak number in flight.
/// </summary>
internal sealed class ScriptedProvider(Func<CompletionRequest, int, ScriptedReply> reply) : ICompletionProvider
{
    private int _calls;
    private int _inFlight;
    private int _peak;

    public string Describe => "scripted";
    public int Calls => _calls;
    public int PeakInFlight => _peak;
    /// <summary>Delay before the first token, to let concurrent requests overlap.</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.Zero;

    public async IAsyncEnumerable<CompletionEvent> StreamAsync(CompletionRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var call = Interlocked.Increment(ref _calls);
        var now = Interlocked.Increment(ref _inFlight);
        int peak;
        while (now > (peak = _peak) && Interlocked.CompareExchange(ref _peak, now, peak) != peak)
        {
        }
        try
        {
            yield return new RequestStarted(Stopwatch.GetTimestamp());
            var script = reply(request, call);
            if (Latency > TimeSpan.Zero)
                await Task.Delay(Latency, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            if (script.Failure is not null)
                throw script.Failure;
            yield return new ResponseStarted(Stopwatch.GetTimestamp(), 200);
            if (script.Reasoning is not null)
                yield return new TokenDelta(Stopwatch.GetTimestamp(), null, script.Reasoning);
            foreach (var piece in Pieces(script.Content))
                yield return new TokenDelta(Stopwatch.GetTimestamp(), piece, null);
            if (script.Usage is not null)
                yield return new UsageReported(Stopwatch.GetTimestamp(), script.Usage);
            yield return new Finished(Stopwatch.GetTimestamp(), "stop");
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static IEnumerable<string> Pieces(string content)
    {
        for (var i = 0; i < content.Length; i += 7)
            yield return content.Substring(i, Math.Min(7, content.Length - i));
    }
}
