using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Yardstick.Core.Providers;
using Yardstick.Probes.Http;

namespace Yardstick.Probes.Apis;

/// <summary>OpenAI-compatible <c>chat/completions</c>: the fields as OpenAI documents them.</summary>
internal sealed class OpenAiProbeApi : ProbeApi
{
    public override string Name => "openai-chat";

    public override string Path => "chat/completions";

    public override void Authorize(HttpRequestMessage request, string? apiKey)
    {
        if (!string.IsNullOrEmpty(apiKey))
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
    }

    public override JsonObject Body(string model, string? system, IEnumerable<JsonObject> messages, int maxTokens, double temperature = 0)
    {
        var list = new JsonArray();
        if (system is not null)
            list.Add(Message("system", system));
        foreach (var message in messages)
            list.Add(message);
        return new JsonObject { ["model"] = model, ["messages"] = list, ["max_tokens"] = maxTokens, ["temperature"] = temperature };
    }

    public override JsonObject UserWithImage(string text, string mediaType, string base64) => Message("user", new JsonArray
    {
        new JsonObject { ["type"] = "text", ["text"] = text },
        new JsonObject { ["type"] = "image_url", ["image_url"] = new JsonObject { ["url"] = $"data:{mediaType};base64,{base64}" } },
    });

    public override void Stream(JsonObject body, bool includeUsage)
    {
        body["stream"] = true;
        if (includeUsage)
            body["stream_options"] = new JsonObject { ["include_usage"] = true };
    }

    public override void Stop(JsonObject body, IReadOnlyList<string> stops) => body["stop"] = new JsonArray(stops.Select(s => (JsonNode)s).ToArray());

    public override void Tools(JsonObject body, IReadOnlyList<ProbeTool> tools) => body["tools"] = new JsonArray(tools.Select(t => (JsonNode)new JsonObject
    {
        ["type"] = "function",
        ["function"] = new JsonObject { ["name"] = t.Name, ["description"] = t.Description, ["parameters"] = t.Parameters.DeepClone() },
    }).ToArray());

    public override void ToolChoice(JsonObject body, ToolChoiceMode mode, string? name = null) => body["tool_choice"] = mode switch
    {
        ToolChoiceMode.Auto => "auto",
        ToolChoiceMode.Required => "required",
        ToolChoiceMode.None => "none",
        _ => new JsonObject { ["type"] = "function", ["function"] = new JsonObject { ["name"] = name } },
    };

    public override IReadOnlyList<JsonObject> ToolRound(ProbeAnswer answer, ProbeToolCall call, string result)
    {
        var assistant = answer.Message?.DeepClone().AsObject() ?? new JsonObject
        {
            ["role"] = "assistant",
            ["content"] = null,
            ["tool_calls"] = new JsonArray(new JsonObject
            {
                ["id"] = call.Id, ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = call.Name, ["arguments"] = call.Arguments },
            }),
        };
        return [assistant, new JsonObject { ["role"] = "tool", ["tool_call_id"] = call.Id, ["content"] = result }];
    }

    public override JsonObject Cacheable(JsonObject message) => message;

    public override ProbeAnswer Read(ProbeExchange exchange)
    {
        if (!exchange.Answered)
            return ProbeAnswer.Empty;
        var answer = exchange.Events.Count > 0 ? ReadStream(exchange) : ReadBody(exchange.Json);
        return SplitThinkTags(answer);
    }

    private static ProbeAnswer ReadBody(JsonNode? json)
    {
        if (json.F("choices") is not JsonArray choices)
            return ProbeAnswer.Empty with { Usage = Usage(json.F("usage")) };
        var texts = choices.Select(c => JsonRead.String(c.F("message").F("content")) ?? "").ToList();
        var first = choices.Count > 0 ? choices[0] : null;
        var message = first.F("message") as JsonObject;
        var (reasoning, field) = Reasoning(message);
        return new ProbeAnswer
        {
            Text = texts.Count > 0 ? texts[0] : "",
            Reasoning = reasoning,
            ReasoningField = field,
            ToolCalls = (message.F("tool_calls") as JsonArray ?? [])
                .Select(c => new ProbeToolCall(JsonRead.String(c.F("id")), JsonRead.String(c.F("function").F("name")) ?? "", JsonRead.Arguments(c.F("function").F("arguments"))))
                .ToList(),
            FinishReason = JsonRead.String(first.F("finish_reason")),
            Usage = Usage(json.F("usage")),
            Choices = choices.Count,
            ChoiceTexts = texts,
            Logprobs = first.F("logprobs") is JsonObject logprobs ? logprobs : null,
            Message = message,
        };
    }

    private static ProbeAnswer ReadStream(ProbeExchange exchange)
    {
        var texts = new SortedDictionary<int, StringBuilder>();
        var reasoning = new StringBuilder();
        string? field = null, finish = null;
        TokenUsage? usage = null;
        var calls = new SortedDictionary<int, (string? Id, StringBuilder Name, StringBuilder Arguments)>();
        foreach (var data in exchange.Events.Select(e => e.Data))
        {
            if (data.F("usage") is JsonObject u)
                usage = Usage(u);
            foreach (var choice in data.F("choices") as JsonArray ?? [])
            {
                var index = JsonRead.Int(choice.F("index")) ?? 0;
                if (JsonRead.String(choice.F("finish_reason")) is { } f && index == 0)
                    finish = f;
                if (choice.F("delta") is not JsonObject delta)
                    continue;
                if (!texts.TryGetValue(index, out var text))
                    texts[index] = text = new StringBuilder();
                text.Append(JsonRead.String(delta["content"]));
                var (piece, name) = Reasoning(delta);
                if (index == 0 && piece.Length > 0)
                {
                    reasoning.Append(piece);
                    field ??= name;
                }
                foreach (var call in delta["tool_calls"] as JsonArray ?? [])
                {
                    var at = JsonRead.Int(call.F("index")) ?? 0;
                    if (!calls.TryGetValue(at, out var entry))
                        calls[at] = entry = (null, new StringBuilder(), new StringBuilder());
                    if (JsonRead.String(call.F("id")) is { } id)
                        calls[at] = entry = (id, entry.Name, entry.Arguments);
                    entry.Name.Append(JsonRead.String(call.F("function").F("name")));
                    entry.Arguments.Append(JsonRead.String(call.F("function").F("arguments")));
                }
            }
        }
        return new ProbeAnswer
        {
            Text = texts.TryGetValue(0, out var t0) ? t0.ToString() : "",
            Reasoning = reasoning.ToString(),
            ReasoningField = field,
            ToolCalls = calls.Values.Select(c => new ProbeToolCall(c.Id, c.Name.ToString(), c.Arguments.ToString())).ToList(),
            FinishReason = finish,
            Usage = usage,
            Choices = texts.Count,
            ChoiceTexts = texts.Values.Select(b => b.ToString()).ToList(),
        };
    }

    private static (string Text, string? Field) Reasoning(JsonObject? message)
    {
        foreach (var name in new[] { "reasoning_content", "reasoning" })
            if (JsonRead.String(message?[name]) is { Length: > 0 } text)
                return (text, name);
        return ("", null);
    }

    /// <summary>Reasoning inline as <c>&lt;think&gt;…&lt;/think&gt;</c> in the answer text is reasoning too, under the field <c>&lt;think&gt;</c>.</summary>
    private static ProbeAnswer SplitThinkTags(ProbeAnswer answer)
    {
        if (answer.ReasoningField is not null || !answer.Text.Contains("</think>", StringComparison.Ordinal))
            return answer;
        var splitter = new ThinkTagSplitter(startsInThink: !answer.Text.Contains("<think>", StringComparison.Ordinal));
        var (reasoning, text) = splitter.Push(answer.Text);
        var (restReasoning, restText) = splitter.Flush();
        return answer with { Text = text + restText, Reasoning = reasoning + restReasoning, ReasoningField = "<think>" };
    }

    internal static TokenUsage? Usage(JsonNode? usage) => usage is not JsonObject u ? null : new TokenUsage(
        JsonRead.Int(u["prompt_tokens"]),
        JsonRead.Int(u["completion_tokens"]),
        JsonRead.Int(u["completion_tokens_details"].F("reasoning_tokens")),
        JsonRead.Int(u["prompt_tokens_details"].F("cached_tokens")));
}
