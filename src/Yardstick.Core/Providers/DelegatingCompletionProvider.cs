namespace Yardstick.Core.Providers;

/// <summary>Base for decorators (retry, rate limit, cache) around another provider.</summary>
public abstract class DelegatingCompletionProvider(ICompletionProvider inner) : ICompletionProvider
{
    protected ICompletionProvider Inner { get; } = inner;

    public virtual string Describe => Inner.Describe;

    public virtual IAsyncEnumerable<CompletionEvent> StreamAsync(CompletionRequest request, CancellationToken cancellationToken = default) =>
        Inner.StreamAsync(request, cancellationToken);
}
