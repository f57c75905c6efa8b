using System.Diagnostics;
using System.Runtime.CompilerServices;
using Yardstick.Core.Providers;

namespace Yardstick.Providers.Tests.Retries;

/// <summary>A provider whose n-th call fails with the n-th scripted exception (null = succeeds with one token).</summary>
internal sealed class ScriptedProvider(params ProviderException?[] outcomes) : ICompletionProvider
{
    private int _calls;

    public int Calls => _calls;

    public string Describe => "scripted";

    public async IAsyncEnumerable<CompletionEvent> StreamAsync(CompletionRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var call = Interlocked.Increment(ref _calls) - 1;
        yield return new RequestStarted(Stopwatch.GetTimestamp());
        await Task.Yield();
        if (call < outcomes.Length && outcomes[call] is { } failure)
            throw failure;
        yield return new ResponseStarted(Stopwatch.GetTimestamp(), 200);
        yield return new TokenDelta(Stopwatch.GetTimestamp(), "ok", null);
        yield return new Finished(Stopwatch.GetTimestamp(), "stop");
    }
}
