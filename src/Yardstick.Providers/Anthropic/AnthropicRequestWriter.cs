using System.Text.Json;
using Yardstick.Core.Providers;
using Yardstick.Providers.Http;

namespace Yardstick.Providers.Anthropic;

/// <summary>Writes the streaming Messages request: system messages go to the top-level <c>system</c> field.</summary>
internal static class AnthropicRequestWriter
{
    public static HttpRequestMessage Create(CompletionRequest request, AnthropicMessagesProviderOptions options)
    {
        var message = StreamingRequests.Create(options, "messages", Body(request, options));
        message.Headers.TryAddWithoutValidation("anthropic-version", options.AnthropicVersion);
        if (!string.IsNullOrEmpty(options.ApiKey))
            message.Headers.TryAddWithoutValidation("x-api-key", options.ApiKey);
        return message;
    }

    internal static byte[] Body(CompletionRequest request, AnthropicMessagesProviderOptions options) => StreamingRequests.JsonObject(json =>
    {
        json.WriteString("model", options.Model);
        json.WriteNumber("max_tokens", request.MaxTokens);
        json.WriteBoolean("stream", true);
        var system = string.Join("\n\n", request.Messages.Where(m => m.Role == "system").Select(m => m.Content));
        if (system.Length > 0)
            json.WriteString("system", system);
        WriteMessages(json, request.Messages.Where(m => m.Role != "system"));
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
    });

    private static void WriteMessages(Utf8JsonWriter json, IEnumerable<ChatMessage> messages)
    {
        json.WriteStartArray("messages");
        foreach (var chat in messages)
        {
            json.WriteStartObject();
            json.WriteString("role", chat.Role);
            json.WriteString("content", chat.Content);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
