namespace Yardstick.Core.Providers;

/// <summary>One chat-completion request, the same for every provider (HTTP or in-process).</summary>
public sealed record CompletionRequest
{
    public required IReadOnlyList<ChatMessage> Messages { get; init; }
    public int MaxTokens { get; init; } = 512;
    public double Temperature { get; init; }
    public int? Seed { get; init; }
    public IReadOnlyList<string> Stop { get; init; } = [];
    /// <summary>When set, generation must run to exactly this many tokens (perf workloads): EOS is suppressed where the provider can.</summary>
    public bool IgnoreEos { get; init; }
    /// <summary>Functions the model may call (OpenAI <c>tools</c>); empty = a plain chat request. Providers that cannot pass them refuse the request.</summary>
    public IReadOnlyList<FunctionTool> Tools { get; init; } = [];
    /// <summary>OpenAI <c>tool_choice</c>; null leaves it to the server (auto when tools are given).</summary>
    public ToolChoice? ToolChoice { get; init; }
}
