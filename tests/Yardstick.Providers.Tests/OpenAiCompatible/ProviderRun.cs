using Yardstick.Core.Providers;

namespace Yardstick.Providers.Tests.OpenAiCompatible;

/// <summary>What a provider yielded for one request, and how it failed if it did.</summary>
internal sealed record ProviderRun(IReadOnlyList<CompletionEvent> Events, ProviderException? Failure)
{
    public IReadOnlyList<TokenDelta> Deltas => Events.OfType<TokenDelta>().ToList();

    public static async Task<ProviderRun> CollectAsync(ICompletionProvider provider, CompletionRequest? request = null, CancellationToken cancellationToken = default)
    {
        var events = new List<CompletionEvent>();
        try
        {
            await foreach (var e in provider.StreamAsync(request ?? Requests.Hello, cancellationToken))
                events.Add(e);
            return new ProviderRun(events, null);
        }
        catch (ProviderException e)
        {
            return new ProviderRun(events, e);
        }
    }
}
