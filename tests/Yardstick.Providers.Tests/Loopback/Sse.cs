using System.Text;
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

    public static string Chunk(string? content = null, string? reasoningContent = null, string? reasoning = null, string? role = null, string? finishReason = null) =>
        SseJson.Chunk(content, reasoningContent, reasoning, role, finishReason);

    public static string Usage(int prompt, int completion, int? reasoning = null) => SseJson.Usage(prompt, completion, reasoning);

    /// <summary>A handler that streams <paramref name="events"/> (SSE data strings) then <c>[DONE]</c>.</summary>
    public static RequestDelegate Stream(params string[] events) => async context =>
    {
        await StartAsync(context.Response);
        foreach (var data in events)
            await DataAsync(context.Response, data);
        await DoneAsync(context.Response);
    };
}
