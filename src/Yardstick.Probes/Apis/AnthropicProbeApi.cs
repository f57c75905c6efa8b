using System.Text;
using System.Text.Json.Nodes;
using Yardstick.Core.Providers;
using Yardstick.Probes.Http;

namespace Yardstick.Probes.Apis;

/// <summary>Anthropic Messages: top-level <c>system</c>, content blocks, <c>tool_use</c>/<c>tool_result</c>, <c>cache_control</c>.</summary>
internal sealed class AnthropicProbeApi : ProbeApi
{
    public const string Version = "2023-06-01";

    public override string Name => "anthropic-messages";

    public override string Path => "messages";

    public override void Authorize(HttpRequestMessage request, string? apiKey)
    {
        request.Headers.TryAddWithoutValidation("anthropic-version", Version);
        if (!string.IsNullOrEmpty(apiKey))
            request.Headers.TryAddWithoutValidation("x-api-key", apiKey);
    }

    public override JsonObject Body(string model, string? system, IEnumerable<JsonObject> messages, int maxTokens, double temperature = 0)
    {
        var body = new JsonObject { ["model"] = model, ["max_tokens"] = maxTokens, ["temperature"] = temperature };
        if (system is not null)
            body["system"] = system;
        body["messages"] = new JsonArray(messages.Select(m => (JsonNode)m).ToArray());
        return body;
    }

    public override JsonObject UserWithImage(string text, string mediaType, string base64) => Message("user", new JsonArray
    {
        new JsonObject { ["type"] = "image", ["source"] = new JsonObject { ["type"] = "base64", ["media_type"] = mediaType, ["data"] = base64 } },
        new JsonObject { ["type"] = "text", ["text"] = text },
    });

    // Messages streams always report usage (message_start and message_delta).
    public override void Stream(JsonObject body, bool includeUsage) => body["stream"] = true;

    public override void Stop(JsonObject body, IReadOnlyList<string> stops) => body["stop_sequences"] = new JsonArray(stops.Select(s => (JsonNode)s).ToArray());

    public override void Tools(JsonObject body, IReadOnlyList<ProbeTool> tools) => body["tools"] = new JsonArray(tools.Select(t => (JsonNode)new JsonObject
    {
        ["name"] = t.Name, ["description"] = t.Description, ["input_schema"] = t.Parameters.DeepClone(),
    }).ToArray());

    public override void ToolChoice(JsonObject body, ToolChoiceMode mode, string? name = null) => body["tool_choice"] = mode switch
    {
        ToolChoiceMode.Auto => new JsonObject { ["type"] = "auto" },
        ToolChoiceMode.Required => new JsonObject { ["type"] = "any" },
        ToolChoiceMode.None => new JsonObject { ["type"] = "none" },
        _ => new JsonObject { ["type"] = "tool", ["name"] = name },
    };

    public override IReadOnlyList<JsonObject> ToolRound(ProbeAnswer answer, ProbeToolCall call, string result)
    {
        var assistant = answer.Message?.DeepClone().AsObject() ?? Message("assistant", new JsonArray(new JsonObject
        {
            ["type"] = "tool_use", ["id"] = call.Id, ["name"] = call.Name, ["input"] = JsonNode.Parse(call.Arguments.Length > 0 ? call.Arguments : "{}"),
        }));
        var toolResult = Message("user", new JsonArray(new JsonObject { ["type"] = "tool_result", ["tool_use_id"] = call.Id, ["content"] = result }));
        return [assistant, toolResult];
    }

    public override JsonObject Cacheable(JsonObject message)
    {
        var text = JsonRead.String(message["content"]) ?? "";
        return Message(JsonRead.String(message["role"]) ?? "user", new JsonArray(new JsonObject
        {
            ["type"] = "text", ["text"] = text, ["cache_control"] = new JsonObject { ["type"] = "ephemeral" },
        }));
    }

    public override ProbeAnswer Read(ProbeExchange exchange)
    {
        if (!exchange.Answered)
            return ProbeAnswer.Empty;
        return exchange.Events.Count > 0 ? ReadStream(exchange) : ReadBody(exchange.Json);
    }

    private static ProbeAnswer ReadBody(JsonNode? json)
    {
        var blocks = json.F("content") as JsonArray ?? [];
        var text = string.Concat(blocks.Where(b => JsonRead.String(b.F("type")) == "text").Select(b => JsonRead.String(b.F("text"))));
        var thinking = string.Concat(blocks.Where(b => JsonRead.String(b.F("type")) == "thinking").Select(b => JsonRead.String(b.F("thinking"))));
        var calls = blocks.Where(b => JsonRead.String(b.F("type")) == "tool_use")
            .Select(b => new ProbeToolCall(JsonRead.String(b.F("id")), JsonRead.String(b.F("name")) ?? "", JsonRead.Arguments(b.F("input"))))
            .ToList();
        return new ProbeAnswer
        {
            Text = text,
            Reasoning = thinking,
            ReasoningField = thinking.Length > 0 ? "thinking" : null,
            ToolCalls = calls,
            FinishReason = Finish(JsonRead.String(json.F("stop_reason"))),
            Usage = Usage(json.F("usage"), null),
            Choices = json.F("content") is JsonArray ? 1 : 0,
            ChoiceTexts = [text],
            Message = json.F("content") is JsonArray content ? Message("assistant", content.DeepClone()) : null,
        };
    }

    private static ProbeAnswer ReadStream(ProbeExchange exchange)
    {
        var text = new StringBuilder();
        var thinking = new StringBuilder();
        var calls = new SortedDictionary<int, (string? Id, string Name, StringBuilder Input)>();
        TokenUsage? usage = null;
        string? stop = null;
        foreach (var data in exchange.Events.Select(e => e.Data))
        {
            switch (JsonRead.String(data.F("type")))
            {
                case "message_start":
                    usage = Usage(data.F("message").F("usage"), usage);
                    break;
                case "content_block_start" when JsonRead.String(data.F("content_block").F("type")) == "tool_use":
                    calls[JsonRead.Int(data.F("index")) ?? 0] = (JsonRead.String(data.F("content_block").F("id")), JsonRead.String(data.F("content_block").F("name")) ?? "", new StringBuilder());
                    break;
                case "content_block_delta":
                    var delta = data.F("delta");
                    text.Append(JsonRead.String(delta.F("text")));
                    thinking.Append(JsonRead.String(delta.F("thinking")));
                    if (JsonRead.String(delta.F("partial_json")) is { } json && calls.TryGetValue(JsonRead.Int(data.F("index")) ?? 0, out var call))
                        call.Input.Append(json);
                    break;
                case "message_delta":
                    stop = JsonRead.String(data.F("delta").F("stop_reason")) ?? stop;
                    usage = Usage(data.F("usage"), usage);
                    break;
            }
        }
        return new ProbeAnswer
        {
            Text = text.ToString(),
            Reasoning = thinking.ToString(),
            ReasoningField = thinking.Length > 0 ? "thinking" : null,
            ToolCalls = calls.Values.Select(c => new ProbeToolCall(c.Id, c.Name, c.Input.ToString())).ToList(),
            FinishReason = Finish(stop),
            Usage = usage,
            Choices = 1,
            ChoiceTexts = [text.ToString()],
        };
    }

    /// <summary>Stop reasons in OpenAI's words, so that probes judge both APIs alike.</summary>
    private static string? Finish(string? stopReason) => stopReason switch
    {
        "end_turn" or "stop_sequence" => "stop",
        "max_tokens" => "length",
        "tool_use" => "tool_calls",
        _ => stopReason,
    };

    /// <summary>Later reports fill or replace earlier ones field by field (input counts come first, output counts last).</summary>
    private static TokenUsage? Usage(JsonNode? usage, TokenUsage? earlier)
    {
        if (usage is not JsonObject u)
            return earlier;
        return new TokenUsage(
            JsonRead.Int(u["input_tokens"]) ?? earlier?.PromptTokens,
            JsonRead.Int(u["output_tokens"]) ?? earlier?.CompletionTokens,
            earlier?.ReasoningTokens,
            JsonRead.Int(u["cache_read_input_tokens"]) ?? earlier?.CachedPromptTokens);
    }
}
