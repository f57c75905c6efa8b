using System.Text.Json;
using Yardstick.Core.Providers;

namespace Yardstick.Local.Server;

/// <summary>The JSON bodies of <c>chat.completion</c> responses and <c>chat.completion.chunk</c> stream events.</summary>
internal sealed class ChatCompletionJson(string id, long createdUnixSeconds, string model)
{
    public byte[] Chunk(string? role, string? content, string? reasoning, string? finishReason) => Write(json =>
    {
        WriteHeader(json, "chat.completion.chunk");
        json.WriteStartArray("choices");
        json.WriteStartObject();
        json.WriteNumber("index", 0);
        json.WriteStartObject("delta");
        if (role is not null)
            json.WriteString("role", role);
        if (content is not null)
            json.WriteString("content", content);
        if (reasoning is not null)
            json.WriteString("reasoning_content", reasoning);
        json.WriteEndObject();
        json.WriteNull("logprobs");
        WriteFinishReason(json, finishReason);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>The trailing chunk of <c>stream_options.include_usage</c>: no choices, only usage.</summary>
    public byte[] UsageChunk(TokenUsage? usage) => Write(json =>
    {
        WriteHeader(json, "chat.completion.chunk");
        json.WriteStartArray("choices");
        json.WriteEndArray();
        WriteUsage(json, usage);
        json.WriteEndObject();
    });

    public byte[] Completion(string content, string? reasoning, string? finishReason, TokenUsage? usage) => Write(json =>
    {
        WriteHeader(json, "chat.completion");
        json.WriteStartArray("choices");
        json.WriteStartObject();
        json.WriteNumber("index", 0);
        json.WriteStartObject("message");
        json.WriteString("role", "assistant");
        json.WriteString("content", content);
        if (reasoning is not null)
            json.WriteString("reasoning_content", reasoning);
        json.WriteEndObject();
        json.WriteNull("logprobs");
        WriteFinishReason(json, finishReason);
        json.WriteEndObject();
        json.WriteEndArray();
        WriteUsage(json, usage);
        json.WriteEndObject();
    });

    private void WriteHeader(Utf8JsonWriter json, string objectType)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("object", objectType);
        json.WriteNumber("created", createdUnixSeconds);
        json.WriteString("model", model);
        json.WriteString("system_fingerprint", "yardstick-llamasharp");
    }

    private static void WriteFinishReason(Utf8JsonWriter json, string? finishReason)
    {
        if (finishReason is null)
            json.WriteNull("finish_reason");
        else
            json.WriteString("finish_reason", finishReason);
    }

    private static void WriteUsage(Utf8JsonWriter json, TokenUsage? usage)
    {
        json.WriteStartObject("usage");
        var prompt = usage?.PromptTokens ?? 0;
        var completion = usage?.CompletionTokens ?? 0;
        json.WriteNumber("prompt_tokens", prompt);
        json.WriteNumber("completion_tokens", completion);
        json.WriteNumber("total_tokens", prompt + completion);
        json.WriteStartObject("completion_tokens_details");
        json.WriteNumber("reasoning_tokens", usage?.ReasoningTokens ?? 0);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
            write(json);
        return buffer.ToArray();
    }
}
