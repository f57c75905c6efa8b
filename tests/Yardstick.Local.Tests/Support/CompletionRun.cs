using Yardstick.Core.Providers;

namespace Yardstick.Local.Tests.Support;

/// <summary>All events of one provider stream, with the views tests ask about.</summary>
internal sealed record CompletionRun(IReadOnlyList<CompletionEvent> Events)
{
    public IEnumerable<TokenDelta> Deltas => Events.OfType<TokenDelta>();
    public string Content => string.Concat(Deltas.Select(d => d.Content));
    public string Reasoning => string.Concat(Deltas.Select(d => d.Reasoning));
    public TokenUsage Usage => Events.OfType<UsageReported>().Single().Usage;
    public string? FinishReason => Events.OfType<Finished>().Single().FinishReason;

    public static async Task<CompletionRun> CollectAsync(ICompletionProvider provider, CompletionRequest request, CancellationToken cancellationToken = default)
    {
        var events = new List<CompletionEvent>();
        await foreach (var e in provider.StreamAsync(request, cancellationToken))
            events.Add(e);
        return new CompletionRun(events);
    }
}
