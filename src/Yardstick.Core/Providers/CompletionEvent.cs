namespace Yardstick.Core.Providers;

/// <summary>
/// What a provider's stream yields. Every event carries <see cref="Timestamp"/>: <c>Stopwatch.GetTimestamp()</c> taken
/// when its bytes arrived (HTTP) or when its token was sampled (in-process), never after post-processing.
/// </summary>
public abstract record CompletionEvent(long Timestamp);

/// <summary>Just before the request is written (t0).</summary>
public sealed record RequestStarted(long Timestamp) : CompletionEvent(Timestamp);

/// <summary>
/// The request's first byte was handed to the kernel (HTTP providers whose socket stream can see the write). It refines
/// <see cref="RequestStarted"/>: t0 becomes this moment, and the time from RequestStarted to it (waiting for a pooled
/// connection, connecting, the client's own scheduling) is the client's send lag, recorded apart, never in TTFT.
/// </summary>
public sealed record RequestWritten(long Timestamp) : CompletionEvent(Timestamp);

/// <summary>
/// How well the client kept up with the stream, sent by HTTP providers before <see cref="Finished"/>: the mean and
/// largest lag between the kernel receiving a read's bytes and the client reading them (null without kernel
/// timestamps), and the client process's CPU time over the request ÷ (its duration × cores), 1 meaning saturated.
/// Timings stay right while reads lag by less than the gap between events; past that, events merge.
/// </summary>
public sealed record ClientTiming(long Timestamp, double? ReadLagMeanSeconds, double? ReadLagMaxSeconds, double CpuShare) : CompletionEvent(Timestamp);

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
