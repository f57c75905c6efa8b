using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Yardstick.Core.Providers;
using Yardstick.Providers.Http;

namespace Yardstick.Providers.Anthropic;

/// <summary>
/// Parses one Messages stream event: <c>content_block_delta</c> carries <c>text_delta</c> (answer) or
/// <c>thinking_delta</c> (reasoning); <c>message_start</c> and <c>message_delta</c> carry usage; <c>message_stop</c>
/// ends the stream; <c>error</c> fails it. Other events (<c>ping</c>, block starts and stops) carry nothing to measure.
/// </summary>
internal static class AnthropicEventParser
{
    public static StreamChunk Parse(string eventType, ReadOnlySpan<byte> data, long timestamp)
    {
        if (!Utf8.IsValid(data))
            return new StreamChunk(timestamp) { Error = new ProviderException(ErrorKind.InvalidUtf8, "An event's data is not valid UTF-8.") };
        try
        {
            using var document = JsonDocument.Parse(data.ToArray());
            var root = document.RootElement;
            var type = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : eventType;
            return type switch
            {
                "content_block_delta" => Delta(root, timestamp),
                "message_start" => new StreamChunk(timestamp)
                {
                    Usage = root.TryGetProperty("message", out var m) && m.TryGetProperty("usage", out var u) ? Usage(u) : null,
                },
                "message_delta" => new StreamChunk(timestamp)
                {
                    Usage = root.TryGetProperty("usage", out var u) ? Usage(u) : null,
                    FinishReason = root.TryGetProperty("delta", out var d) && d.TryGetProperty("stop_reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null,
                },
                "message_stop" => new StreamChunk(timestamp) { Done = true },
                "error" => new StreamChunk(timestamp) { Error = Error(root) },
                _ => new StreamChunk(timestamp),
            };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            var preview = Encoding.UTF8.GetString(data[..Math.Min(data.Length, 200)]);
            return new StreamChunk(timestamp) { Error = new ProviderException(ErrorKind.MalformedEvent, $"Malformed {eventType} event ({e.Message}): {preview}") };
        }
    }

    private static StreamChunk Delta(JsonElement root, long timestamp)
    {
        var delta = root.GetProperty("delta");
        var kind = delta.TryGetProperty("type", out var k) ? k.GetString() : null;
        return kind switch
        {
            "text_delta" => new StreamChunk(timestamp) { Content = delta.GetProperty("text").GetString() },
            "thinking_delta" => new StreamChunk(timestamp) { Reasoning = delta.GetProperty("thinking").GetString() },
            _ => new StreamChunk(timestamp),
        };
    }

    private static TokenUsage Usage(JsonElement usage)
    {
        int? Read(string name) => usage.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
        return new TokenUsage(Read("input_tokens"), Read("output_tokens"), null, Read("cache_read_input_tokens"));
    }

    private static ProviderException Error(JsonElement root)
    {
        var error = root.TryGetProperty("error", out var e) ? e : root;
        var type = error.TryGetProperty("type", out var t) ? t.GetString() : null;
        var message = error.TryGetProperty("message", out var m) ? m.GetString() : null;
        var kind = type switch
        {
            "rate_limit_error" => ErrorKind.RateLimited,
            "overloaded_error" or "api_error" => ErrorKind.ServerError,
            "invalid_request_error" or "authentication_error" or "permission_error" or "not_found_error" => ErrorKind.ClientError,
            _ => ErrorKind.ServerError,
        };
        return new ProviderException(kind, $"The server streamed an error ({type}): {message ?? "(no message)"}");
    }
}
