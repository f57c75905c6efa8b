using System.Net.Http.Headers;
using System.Text.Json;
using Yardstick.Core.Providers;

namespace Yardstick.Providers.Anthropic;

/// <summary>Writes the streaming Messages request: system messages go to the top-level <c>system</c> field.</summary>
internal static class AnthropicRequestWriter
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public static HttpRequestMessage Create(CompletionRequest request, AnthropicMessagesProviderOptions options)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, options.Endpoint("messages"))
        {
            Content = new ByteArrayContent(Body(request, options)) { Headers = { ContentType = Json } },
        };
        message.Headers.Accept.ParseAdd("text/event-stream");
        message.Headers.TryAddWithoutValidation("anthropic-version", options.AnthropicVersion);
        if (!string.IsNullOrEmpty(options.ApiKey))
            message.Headers.TryAddWithoutValidation("x-api-key", options.ApiKey);
        foreach (var (name, value) in options.Headers)
            message.Headers.TryAddWithoutValidation(name, value);
        return message;
    }

    internal static byte[] Body(CompletionRequest request, AnthropicMessagesProviderOptions options)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("model", options.Model);
            json.WriteNumber("max_tokens", request.MaxTokens);
            json.WriteBoolean("stream", true);
            var system = string.Join("\n\n", request.Messages.Where(m => m.Role == "system").Select(m => m.Content));
            if (system.Length > 0)
                json.WriteString("system", system);
            json.WriteStartArray("messages");
            foreach (var chat in request.Messages.Where(m => m.Role != "system"))
            {
                json.WriteStartObject();
                json.WriteString("role", chat.Role);
                json.WriteString("content", chat.Content);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (options.ThinkingBudgetTokens is { } budget)
            {
                json.WriteStartObject("thinking");
                json.WriteString("type", "enabled");
                json.WriteNumber("budget_tokens", budget);
                json.WriteEndObject();
            }
            else
                json.WriteNumber("temperature", request.Temperature);
            if (request.Stop.Count > 0)
            {
                json.WriteStartArray("stop_sequences");
                foreach (var stop in request.Stop)
                    json.WriteStringValue(stop);
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
