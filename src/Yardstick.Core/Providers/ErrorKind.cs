namespace Yardstick.Core.Providers;

/// <summary>Why a request failed; every failed sample carries one, and summaries count them by kind.</summary>
public enum ErrorKind
{
    None,
    /// <summary>HTTP 429 after the bounded retries.</summary>
    RateLimited,
    /// <summary>HTTP 5xx.</summary>
    ServerError,
    /// <summary>HTTP 4xx other than 429 (bad request, auth, not found).</summary>
    ClientError,
    ConnectionRefused,
    ConnectTimeout,
    FirstByteTimeout,
    /// <summary>No event for longer than the idle timeout between events.</summary>
    IdleTimeout,
    /// <summary>The stream ended before its terminator (<c>[DONE]</c>, <c>message_stop</c>).</summary>
    StreamCut,
    /// <summary>An event whose data was not the JSON expected (a protocol error: not retried).</summary>
    MalformedEvent,
    /// <summary>An event whose bytes were not UTF-8 (a protocol error: not retried).</summary>
    InvalidUtf8,
    /// <summary>A successful status with a body that is not an event stream, e.g. an HTML login or error page (a protocol error: not retried).</summary>
    UnexpectedContentType,
    /// <summary>A chunk with an empty <c>choices</c> list where content was expected.</summary>
    EmptyChoices,
    /// <summary>The prompt does not fit the model's context window.</summary>
    ContextOverflow,
    /// <summary>The model or file could not be loaded.</summary>
    ModelLoad,
    /// <summary>The whole request took longer than allowed.</summary>
    Timeout,
    /// <summary>The run was cancelled while the request was in flight.</summary>
    Cancelled,
    /// <summary>The answer was cut by the token limit (eval samples that need a complete answer).</summary>
    Truncated,
    Unknown,
}
