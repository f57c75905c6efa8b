namespace Yardstick.Core.Providers;

/// <summary>
/// One streaming chat-completion call. HTTP and in-process providers implement it alike, so that perf, eval and probe
/// code cannot tell them apart. Failures surface as <see cref="ProviderException"/> after whatever events already arrived.
/// Cross-cutting concerns (retries, rate limits, caching, recording) wrap a provider as a <see cref="DelegatingCompletionProvider"/>.
/// </summary>
public interface ICompletionProvider
{
    /// <summary>A short description for logs and run records (never a secret).</summary>
    string Describe { get; }

    IAsyncEnumerable<CompletionEvent> StreamAsync(CompletionRequest request, CancellationToken cancellationToken = default);
}
