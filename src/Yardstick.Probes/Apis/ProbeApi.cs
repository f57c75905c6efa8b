using System.Text.Json.Nodes;
using Yardstick.Probes.Http;

namespace Yardstick.Probes.Apis;

/// <summary>
/// How one API style spells the request fields probes test and where it puts the answer. Probes build their bodies
/// through it and then add or change any raw field; <see cref="Read"/> normalises both plain and streamed answers.
/// </summary>
public abstract class ProbeApi
{
    public static ProbeApi OpenAi { get; } = new OpenAiProbeApi();
    public static ProbeApi Anthropic { get; } = new AnthropicProbeApi();

    /// <summary>The run's api_style: <c>openai-chat</c> or <c>anthropic-messages</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Path under the base URL: <c>chat/completions</c> or <c>messages</c>.</summary>
    public abstract string Path { get; }

    public abstract void Authorize(HttpRequestMessage request, string? apiKey);

    /// <summary>A request body: model, the messages (system text goes where the API wants it), max tokens and temperature.</summary>
    public abstract JsonObject Body(string model, string? system, IEnumerable<JsonObject> messages, int maxTokens, double temperature = 0);

    public JsonObject Body(string model, string? system, string user, int maxTokens, double temperature = 0) =>
        Body(model, system, [Message("user", user)], maxTokens, temperature);

    public static JsonObject Message(string role, JsonNode content) => new() { ["role"] = role, ["content"] = content };

    /// <summary>A user message with a text part and an image part given as base64 (a data URL for OpenAI).</summary>
    public abstract JsonObject UserWithImage(string text, string mediaType, string base64);

    /// <summary>Asks for a stream (with usage where the API makes it optional).</summary>
    public abstract void Stream(JsonObject body, bool includeUsage);

    public abstract void Stop(JsonObject body, IReadOnlyList<string> stops);

    public abstract void Tools(JsonObject body, IReadOnlyList<ProbeTool> tools);

    public abstract void ToolChoice(JsonObject body, ToolChoiceMode mode, string? name = null);

    /// <summary>The messages that answer <paramref name="call"/>: the assistant's call as the endpoint returned it, then the tool result.</summary>
    public abstract IReadOnlyList<JsonObject> ToolRound(ProbeAnswer answer, ProbeToolCall call, string result);

    /// <summary>Marks a message's content as a cache breakpoint where the API needs it (Anthropic); a no-op where caching is automatic.</summary>
    public abstract JsonObject Cacheable(JsonObject message);

    /// <summary>The answer, normalised; empty when the exchange was not answered.</summary>
    public abstract ProbeAnswer Read(ProbeExchange exchange);
}
