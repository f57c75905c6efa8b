using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Yardstick.Tests.Loopback;

/// <summary>Writing SSE from a loopback handler: headers, events, raw bytes, each flushed at once.</summary>
public static class Sse
{
    public static async Task StartAsync(HttpResponse response)
    {
        response.StatusCode = 200;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        await response.StartAsync();
    }

    public static Task DataAsync(HttpResponse response, string data, string? eventType = null) =>
        RawAsync(response, Encoding.UTF8.GetBytes((eventType is null ? "" : $"event: {eventType}\n") + $"data: {data}\n\n"));

    public static async Task RawAsync(HttpResponse response, byte[] bytes)
    {
        await response.Body.WriteAsync(bytes);
        await response.Body.FlushAsync();
    }

    public static Task DoneAsync(HttpResponse response) => DataAsync(response, "[DONE]");

    /// <summary>A <c>chat.completion.chunk</c> with one choice whose delta has the given fields.</summary>
    public static string Chunk(string? content = null, string? reasoningContent = null, string? reasoning = null, string? role = null, string? finishReason = null)
    {
        var delta = new Dictionary<string, object?>();
        if (role is not null)
            delta["role"] = role;
        if (content is not null)
            delta["content"] = content;
        if (reasoningContent is not null)
            delta["reasoning_content"] = reasoningContent;
        if (reasoning is not null)
            delta["reasoning"] = reasoning;
        return JsonSerializer.Serialize(new
        {
            id = "chatcmpl-test",
            @object = "chat.completion.chunk",
            choices = new[] { new { index = 0, delta, finish_reason = finishReason } },
        });
    }

    public static string Usage(int prompt, int completion, int? reasoning = null) => reasoning is null
        ? JsonSerializer.Serialize(new { id = "chatcmpl-test", choices = Array.Empty<object>(), usage = new { prompt_tokens = prompt, completion_tokens = completion } })
        : JsonSerializer.Serialize(new
        {
            id = "chatcmpl-test",
            choices = Array.Empty<object>(),
            usage = new { prompt_tokens = prompt, completion_tokens = completion, completion_tokens_details = new { reasoning_tokens = reasoning } },
        });

    /// <summary>A handler that streams <paramref name="events"/> (SSE data strings) then <c>[DONE]</c>.</summary>
    public static RequestDelegate Stream(params string[] events) => async context =>
    {
        await StartAsync(context.Response);
        foreach (var data in events)
            await DataAsync(context.Response, data);
        await DoneAsync(context.Response);
    };
}
