using System.Diagnostics;
using System.Runtime.CompilerServices;
using Yardstick.Core.Providers;

namespace Yardstick.Measure.Tests.Recording;

/// <summary>
/// Yields a scripted list of events with timestamps given in seconds after t0 (turned into Stopwatch ticks), then
/// optionally throws. No clock is read: the recorder's arithmetic is checked exactly.
/// </summary>
internal sealed class FakeProvider(IReadOnlyList<Func<long, CompletionEvent>> script, Exception? failure = null) : ICompletionProvider
{
    public const long T0 = 1_000_000;

    public string Describe => "fake";

    public static long At(double seconds) => T0 + (long)Math.Round(seconds * Stopwatch.Frequency);

    public static Func<long, CompletionEvent> Start(double seconds = 0) => _ => new RequestStarted(At(seconds));
    public static Func<long, CompletionEvent> Written(double seconds) => _ => new RequestWritten(At(seconds));
    public static Func<long, CompletionEvent> Timing(double seconds, double? readLagMean, double? readLagMax, double cpuShare) =>
        _ => new ClientTiming(At(seconds), readLagMean, readLagMax, cpuShare);
    public static Func<long, CompletionEvent> Headers(double seconds, int status = 200) => _ => new ResponseStarted(At(seconds), status);
    public static Func<long, CompletionEvent> Answer(double seconds, string text, int? tokens = null) => _ => new TokenDelta(At(seconds), text, null, tokens);
    public static Func<long, CompletionEvent> Reasoning(double seconds, string text) => _ => new TokenDelta(At(seconds), null, text);
    public static Func<long, CompletionEvent> Usage(double seconds, TokenUsage usage) => _ => new UsageReported(At(seconds), usage);
    public static Func<long, CompletionEvent> Finish(double seconds, string reason = "stop") => _ => new Finished(At(seconds), reason);

    public async IAsyncEnumerable<CompletionEvent> StreamAsync(CompletionRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var step in script)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return step(T0);
        }
        await Task.Yield();
        if (failure is not null)
            throw failure;
    }
}
