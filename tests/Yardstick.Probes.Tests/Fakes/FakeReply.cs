using System.Text.Json.Nodes;

namespace Yardstick.Probes.Tests.Fakes;

/// <summary>What a fake endpoint answers: a JSON body with a status, or a stream of SSE data events.</summary>
public sealed record FakeReply(int Status, JsonNode? Json, IReadOnlyList<JsonNode>? Events = null, bool Terminated = true)
{
    public static FakeReply Ok(JsonNode json) => new(200, json);

    public static FakeReply Stream(params JsonNode[] events) => new(200, null, events);

    /// <summary>A clean refusal in OpenAI's error shape naming the field.</summary>
    public static FakeReply Refuse(string param, string message) =>
        new(400, new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["type"] = "invalid_request_error", ["param"] = param, ["code"] = null } });

    /// <summary>A chat.completion with one choice.</summary>
    public static FakeReply Message(string? content, JsonArray? toolCalls = null, string finish = "stop", JsonObject? usage = null, JsonObject? extra = null)
    {
        var message = new JsonObject { ["role"] = "assistant", ["content"] = content };
        if (toolCalls is not null)
            message["tool_calls"] = toolCalls;
        foreach (var (name, value) in extra ?? [])
            message[name] = value?.DeepClone();
        return Ok(new JsonObject
        {
            ["object"] = "chat.completion",
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = finish }),
            ["usage"] = usage ?? new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 5 },
        });
    }

    public static JsonObject ToolCall(string name, string arguments, string id = "call_1") => new()
    {
        ["id"] = id, ["type"] = "function", ["function"] = new JsonObject { ["name"] = name, ["arguments"] = arguments },
    };

    /// <summary>A chat.completion.chunk with a delta.</summary>
    public static JsonObject Chunk(JsonObject delta, string? finish = null) => new()
    {
        ["object"] = "chat.completion.chunk",
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finish }),
    };
}
