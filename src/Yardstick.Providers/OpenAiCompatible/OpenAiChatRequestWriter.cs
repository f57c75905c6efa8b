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
        {
            json.WriteBoolean("ignore_eos", true);
            // vLLM and SGLang also honour a lower bound: servers that ignore ignore_eos may still respect it.
            json.WriteNumber("min_tokens", request.MaxTokens);
        }
    });
}
