using System.Text.Json;
using Yardstick.Core.Providers;

namespace Yardstick.Local.Server;

/// <summary>The JSON bodies of <c>chat.completion</c> responses and <c>chat.completion.chunk</c> stream events.</summary>
internal sealed class ChatCompletionJson(string id, long createdUnixSeconds, string model)
{
    public byte[] Chunk(string? role, string? content, string? reasoning, string? finishReason) => Write(json =>
    {
        WriteHeader(json, "chat.completion.chunk");
        WriteChoice(json, "delta", finishReason, () =>
        {
            if (role is not null)
                json.WriteString("role", role);
            if (content is not null)
                json.WriteString("content", content);
            if (reasoning is not null)
                json.WriteString("reasoning_content", reasoning);
        });
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
        WriteChoice(json, "message", finishReason, () =>
        {
            json.WriteString("role", "assistant");
            json.WriteString("content", content);
            if (reasoning is not null)
                json.WriteString("reasoning_content", reasoning);
        });
        WriteUsage(json, usage);
        json.WriteEndObject();
    });

    /// <summary>The single-element <c>choices</c> array; <paramref name="writeFields"/> fills its message or delta.</summary>
    private static void WriteChoice(Utf8JsonWriter json, string name, string? finishReason, Action writeFields)
    {
        json.WriteStartArray("choices");
        json.WriteStartObject();
        json.WriteNumber("index", 0);
        json.WriteStartObject(name);
        writeFields();
        json.WriteEndObject();
        json.WriteNull("logprobs");
        if (finishReason is null)
            json.WriteNull("finish_reason");
        else
            json.WriteString("finish_reason", finishReason);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private void WriteHeader(Utf8JsonWriter json, string objectType)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("object", objectType);
        json.WriteNumber("created", createdUnixSeconds);
        json.WriteString("model", model);
        json.WriteString("system_fingerprint", "yardstick-llamasharp");
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
