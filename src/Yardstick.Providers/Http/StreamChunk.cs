using Yardstick.Core.Providers;

namespace Yardstick.Providers.Http;

/// <summary>
/// One SSE event as a provider's parser understood it, stamped with the arrival of its bytes. Parsing never throws:
/// a bad event becomes a chunk carrying its <see cref="Error"/> so that the stream can fail with the right kind.
/// </summary>
internal sealed record StreamChunk(long Timestamp)
{
    public string? Content { get; init; }
    public string? Reasoning { get; init; }
    public string? FinishReason { get; init; }
    public TokenUsage? Usage { get; init; }
    /// <summary>Function-call fragments of the first choice (<c>delta.tool_calls</c>); empty when none.</summary>
    public IReadOnlyList<ToolCallFragment> ToolCalls { get; init; } = [];
    /// <summary>The stream's terminator (<c>[DONE]</c>, <c>message_stop</c>).</summary>
    public bool Done { get; init; }
    /// <summary>A chunk whose <c>choices</c> list was empty and that carried nothing else.</summary>
    public bool EmptyChoices { get; init; }
    /// <summary>Why the event cannot be used (malformed JSON, invalid UTF-8, an error the server streamed).</summary>
    public ProviderException? Error { get; init; }

    public bool HasText => !string.IsNullOrEmpty(Content) || !string.IsNullOrEmpty(Reasoning);
}
