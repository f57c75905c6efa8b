using System.Net.Http.Headers;
using System.Text.Json;
using Yardstick.Core.Providers;

namespace Yardstick.Providers.OpenAiCompatible;

/// <summary>Writes the streaming <c>chat/completions</c> request body with Utf8JsonWriter (before t0 is taken).</summary>
internal static class OpenAiChatRequestWriter
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public static HttpRequestMessage Create(CompletionRequest request, OpenAiChatProviderOptions options)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, options.Endpoint("chat/completions"))
        {
            Content = new ByteArrayContent(Body(request, options)) { Headers = { ContentType = Json } },
        };
        message.Headers.Accept.ParseAdd("text/event-stream");
        if (!string.IsNullOrEmpty(options.ApiKey))
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
        foreach (var (name, value) in options.Headers)
            message.Headers.TryAddWithoutValidation(name, value);
        return message;
    }

    internal static byte[] Body(CompletionRequest request, OpenAiChatProviderOptions options)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("model", options.Model);
            json.WriteStartArray("messages");
            foreach (var chat in request.Messages)
            {
                json.WriteStartObject();
                json.WriteString("role", chat.Role);
                json.WriteString("content", chat.Content);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteBoolean("stream", true);
            if (options.IncludeUsage)
            {
                json.WriteStartObject("stream_options");
                json.WriteBoolean("include_usage", true);
                json.WriteEndObject();
            }
            json.WriteNumber(options.UseMaxCompletionTokens ? "max_completion_tokens" : "max_tokens", request.MaxTokens);
            json.WriteNumber("temperature", request.Temperature);
            if (request.Seed is { } seed)
                json.WriteNumber("seed", seed);
            if (request.Stop.Count > 0)
            {
                json.WriteStartArray("stop");
                foreach (var stop in request.Stop)
                    json.WriteStringValue(stop);
                json.WriteEndArray();
            }
            if (request.IgnoreEos && options.SendIgnoreEos)
                json.WriteBoolean("ignore_eos", true);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
