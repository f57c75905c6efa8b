using System.Text.Json.Nodes;
using Yardstick.Core.Providers;

namespace Yardstick.Probes.Apis;

/// <summary>What an answer said, whatever the API style: text, reasoning (and the field it came in), tool calls, usage.</summary>
public sealed record ProbeAnswer
{
    public static ProbeAnswer Empty { get; } = new();

    /// <summary>The first choice's answer text.</summary>
    public string Text { get; init; } = "";
    public string Reasoning { get; init; } = "";
    /// <summary>Where reasoning came: <c>reasoning_content</c>, <c>reasoning</c>, <c>thinking</c> (Anthropic blocks); null when none.</summary>
    public string? ReasoningField { get; init; }
    public IReadOnlyList<ProbeToolCall> ToolCalls { get; init; } = [];
    public string? FinishReason { get; init; }
    public TokenUsage? Usage { get; init; }
    /// <summary>How many choices came back (OpenAI <c>n</c>).</summary>
    public int Choices { get; init; }
    /// <summary>Each choice's text, in index order.</summary>
    public IReadOnlyList<string> ChoiceTexts { get; init; } = [];
    /// <summary>The first choice's <c>logprobs</c> object, when present.</summary>
    public JsonNode? Logprobs { get; init; }
    /// <summary>The assistant message as returned (OpenAI), to send back in a tool round.</summary>
    public JsonObject? Message { get; init; }
}
