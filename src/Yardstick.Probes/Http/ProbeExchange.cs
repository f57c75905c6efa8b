using System.Text.Json.Nodes;
using Yardstick.Core.Providers;

namespace Yardstick.Probes.Http;

/// <summary>
/// One request a probe sent and everything that came back, exactly: the body as sent, the status, the raw response
/// text, the parsed JSON (or, for a stream, each event's parsed data) and the times. Stored as one sample.
/// </summary>
public sealed record ProbeExchange
{
    /// <summary>Order of issue within the run.</summary>
    public required int Sequence { get; init; }
    /// <summary><c>probe/case</c>: the sample's prompt id.</summary>
    public required string PromptId { get; init; }
    public required string RequestBody { get; init; }
    public required bool Stream { get; init; }
    public required DateTimeOffset StartedUtc { get; init; }
    public int? StatusCode { get; init; }
    /// <summary>The response body as received (SSE text for streams).</summary>
    public string ResponseText { get; init; } = "";
    /// <summary>The parsed body of a non-streamed response, or of an error response; null when it was not JSON.</summary>
    public JsonNode? Json { get; init; }
    /// <summary>Each stream event's parsed <c>data</c> (the <c>[DONE]</c> marker is not an event), with its event type.</summary>
    public IReadOnlyList<StreamEvent> Events { get; init; } = [];
    /// <summary>Seconds from just before sending to the response headers.</summary>
    public double? HeadersSeconds { get; init; }
    /// <summary>Streams: seconds to the first event that carried generated text, reasoning or a tool call.</summary>
    public double? FirstTokenSeconds { get; init; }
    public double? TotalSeconds { get; init; }
    /// <summary>Set when no HTTP response came back (refused, timed out, cut) or the stream broke.</summary>
    public ErrorKind TransportError { get; init; } = ErrorKind.None;
    public string? TransportMessage { get; init; }

    public bool Answered => TransportError == ErrorKind.None && StatusCode is >= 200 and < 300;

    /// <summary>
    /// The endpoint said no to the request itself: a 4xx other than 429 (and other than 401/403/404, which say the
    /// key or the model is wrong, not the feature).
    /// </summary>
    public bool RejectedCleanly => StatusCode is >= 400 and < 500 and not (401 or 403 or 404 or 408 or 429);

    /// <summary>The error message of an error body (<c>error.message</c> in OpenAI's and Anthropic's shapes, or <c>message</c>/<c>detail</c>).</summary>
    public string? ErrorMessage =>
        TransportMessage ?? (Answered ? null : ReadError(Json) ?? (ResponseText.Length > 0 ? Excerpt(ResponseText, 300) : null));

    private static string? ReadError(JsonNode? json)
    {
        if (json is not JsonObject body)
            return null;
        if (body["error"] is JsonObject error && error["message"] is JsonValue message)
            return message.ToString();
        if (body["error"] is JsonValue text)
            return text.ToString();
        return (body["message"] ?? body["detail"])?.ToString();
    }

    internal static string Excerpt(string text, int limit) =>
        text.Length <= limit ? text : string.Concat(text.AsSpan(0, limit), $"… ({text.Length:N0} chars)");
}
