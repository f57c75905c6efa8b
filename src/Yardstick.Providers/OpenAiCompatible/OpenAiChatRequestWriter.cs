using System.Text.Json;
using System.Net.Http.Headers;
using Yardstick.Core.Providers;
using Yardstick.Providers.Http;

namespace Yardstick.Providers.OpenAiCompatible;

/// <summary>Writes the streaming <c>chat/completions</c> request (before t0 is taken).</summary>
internal static class OpenAiChatRequestWriter
{
    public static HttpRequestMessage Create(CompletionRequest request, OpenAiChatProviderOptions options)
    {
        var message = StreamingRequests.Create(options, "chat/completions", Body(request, options));
        if (!string.IsNullOrEmpty(options.ApiKey))
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
        return message;
    }

    internal static byte[] Body(CompletionRequest request, OpenAiChatProviderOptions options) => StreamingRequests.JsonObject(json =>
    {
        json.WriteString("model", options.Model);
        json.WriteStartArray("messages");
        foreach (var chat in request.Messages)
            WriteMessage(json, chat);
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
        {
            json.WriteBoolean("ignore_eos", true);
            // vLLM and SGLang also honour a lower bound: servers that ignore ignore_eos may still respect it.
            json.WriteNumber("min_tokens", request.MaxTokens);
        }
        WriteTools(json, request);
    });

    private static void WriteMessage(Utf8JsonWriter json, ChatMessage chat)
    {
        json.WriteStartObject();
        json.WriteString("role", chat.Role);
        if (chat.Images.Count == 0)
            json.WriteString("content", chat.Content);
        else
            WriteParts(json, chat);
        if (chat.ToolCallId is { } callId)
            json.WriteString("tool_call_id", callId);
        if (chat.ToolCalls.Count > 0)
        {
            json.WriteStartArray("tool_calls");
            foreach (var call in chat.ToolCalls)
            {
                json.WriteStartObject();
                json.WriteString("id", call.Id);
                json.WriteString("type", "function");
                json.WriteStartObject("function");
                json.WriteString("name", call.Name);
                json.WriteString("arguments", call.ArgumentsJson);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    /// <summary>Text and images as OpenAI content parts: the text first, then each image as an <c>image_url</c> data URI.</summary>
    private static void WriteParts(Utf8JsonWriter json, ChatMessage chat)
    {
        json.WriteStartArray("content");
        json.WriteStartObject();
        json.WriteString("type", "text");
        json.WriteString("text", chat.Content);
        json.WriteEndObject();
        foreach (var image in chat.Images)
        {
            json.WriteStartObject();
            json.WriteString("type", "image_url");
            json.WriteStartObject("image_url");
            json.WriteString("url", image.DataUri);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteTools(Utf8JsonWriter json, CompletionRequest request)
    {
        if (request.Tools.Count > 0)
        {
            json.WriteStartArray("tools");
            foreach (var tool in request.Tools)
            {
                json.WriteStartObject();
                json.WriteString("type", "function");
                json.WriteStartObject("function");
                json.WriteString("name", tool.Name);
                json.WriteString("description", tool.Description);
                json.WritePropertyName("parameters");
                json.WriteRawValue(tool.ParametersJson);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        if (request.ToolChoice is { } choice)
        {
            if (choice.FunctionName is { } name)
            {
                json.WriteStartObject("tool_choice");
                json.WriteString("type", "function");
                json.WriteStartObject("function");
                json.WriteString("name", name);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            else
                json.WriteString("tool_choice", choice.Mode);
        }
    }
}
