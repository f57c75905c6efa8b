namespace Yardstick.Core.Providers;

/// <summary>
/// What a provider's stream yields. Every event carries <see cref="Timestamp"/>: <c>Stopwatch.GetTimestamp()</c> taken
/// when its bytes arrived (HTTP) or when its token was sampled (in-process), never after post-processing.
/// </summary>
public abstract record CompletionEvent(long Timestamp);

/// <summary>Just before the request is written (t0).</summary>
public sealed record RequestStarted(long Timestamp) : CompletionEvent(Timestamp);

/// <summary>Response headers arrived (HTTP status known).</summary>
public sealed record ResponseStarted(long Timestamp, int StatusCode) : CompletionEvent(Timestamp);

/// <summary>
/// Generated text in one stream event: reasoning and/or answer content. <see cref="TokenCount"/> is set when the provider
/// knows it exactly (in-process sampling); HTTP providers leave it null and the recorder counts with the normalising tokenizer.
/// Role-only and empty chunks are never emitted as deltas.
/// </summary>
public sealed record TokenDelta(long Timestamp, string? Content, string? Reasoning, int? TokenCount = null) : CompletionEvent(Timestamp)
{
    public bool HasReasoning => !string.IsNullOrEmpty(Reasoning);
    public bool HasContent => !string.IsNullOrEmpty(Content);
}

/// <summary>Token usage as the provider reports it (native counts).</summary>
public sealed record UsageReported(long Timestamp, TokenUsage Usage) : CompletionEvent(Timestamp);

/// <summary>The generation finished with a reason (<c>stop</c>, <c>length</c>, …).</summary>
public sealed record Finished(long Timestamp, string? FinishReason) : CompletionEvent(Timestamp);

/// <summary>
/// A fragment of a function call the model is making (OpenAI's <c>delta.tool_calls[i]</c>): <see cref="Index"/> says
/// which call of the turn it belongs to; <see cref="Id"/> and <see cref="Name"/> usually come in the first fragment only,
/// <see cref="ArgumentsFragment"/> appends to the arguments' JSON text. <see cref="ToolCallAssembler"/> joins them.
/// </summary>
public sealed record ToolCallDelta(long Timestamp, int Index, string? Id, string? Name, string? ArgumentsFragment) : CompletionEvent(Timestamp);
