using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Yardstick.Core.Providers;

namespace Yardstick.Tests.Loopback;

/// <summary>Passes events through and notes each request's absolute t0 (as the recorder takes it) by its first message, to compare with the server's log.</summary>
internal sealed class StartTimesProbe(ICompletionProvider inner) : DelegatingCompletionProvider(inner)
{
    public ConcurrentDictionary<string, long> Starts { get; } = new(StringComparer.Ordinal);

    public override async IAsyncEnumerable<CompletionEvent> StreamAsync(CompletionRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var e in Inner.StreamAsync(request, cancellationToken).ConfigureAwait(false))
        {
            // The recorder's t0: RequestStarted, refined by RequestWritten when the provider saw the write.
            if (e is RequestStarted or RequestWritten)
                Starts[request.Messages[0].Content] = e.Timestamp;
            yield return e;
        }
    }
}
