namespace Yardstick.Testing.Faults;

/// <summary>What the fault-injection server does with one chat-completions request.</summary>
public enum FaultKind
{
    /// <summary>A healthy stream: role, five content chunks, finish reason, usage, <c>[DONE]</c>.</summary>
    None,
    /// <summary>HTTP 429 with <c>Retry-After: 1</c>.</summary>
    RateLimited,
    /// <summary>HTTP 500 with a JSON error body.</summary>
    ServerError,
    /// <summary>HTTP 503 with <c>Retry-After: 1</c>.</summary>
    ServiceUnavailable,
    /// <summary>Two content chunks, then a TCP reset.</summary>
    ResetMidStream,
    /// <summary><see cref="FaultServerOptions.StallAfterChunks"/> content chunks, then silence until the client gives up.</summary>
    StallAfterChunks,
    /// <summary>Reads the request and never answers, not even the status line.</summary>
    NoHeaders,
    /// <summary>Two content chunks, then half an HTTP chunk and a clean close: no terminator.</summary>
    TruncatedStream,
    /// <summary>One good chunk, then an event whose JSON is cut off, then the rest of a healthy stream.</summary>
    MalformedJson,
    /// <summary>A content chunk whose bytes are not UTF-8.</summary>
    InvalidUtf8,
    /// <summary>A healthy stream without the usage chunk.</summary>
    MissingUsage,
    /// <summary>Only chunks with an empty <c>choices</c> list, then <c>[DONE]</c>.</summary>
    EmptyChoices,
    /// <summary>Reasoning chunks only, never answer content, finish reason <c>length</c>.</summary>
    ReasoningOnly,
    /// <summary>The whole answer in one SSE event of <see cref="FaultServerOptions.HugeChunkBytes"/> bytes.</summary>
    HugeChunk,
    /// <summary>HTTP 200 with an HTML page (a proxy's or a router's login page) instead of a stream.</summary>
    HtmlWith200,
    /// <summary>HTTP 401 whose body and headers echo the Authorization / x-api-key header received.</summary>
    KeyEchoed,
    /// <summary>A healthy stream whose answer repeats the key received (an endpoint that leaks it into content).</summary>
    KeyInAnswer,
}
