using System.Text.Json;

namespace Yardstick.Tests.Loopback;

/// <summary>OpenAI-style chunk and usage JSON for loopback servers (no ASP.NET dependency, so benchmarks can share it).</summary>
public static class SseJson
{
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
}
