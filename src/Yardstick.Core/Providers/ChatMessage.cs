namespace Yardstick.Core.Providers;

/// <summary>
/// One chat message; roles are <c>system</c>, <c>user</c>, <c>assistant</c> and <c>tool</c>. An assistant turn that
/// called functions carries <see cref="ToolCalls"/>; a <c>tool</c> message answers the call named by <see cref="ToolCallId"/>.
/// </summary>
public sealed record ChatMessage(string Role, string Content)
{
    /// <summary>The function calls of an assistant turn; empty for every other message.</summary>
    public IReadOnlyList<ToolCall> ToolCalls { get; init; } = [];

    /// <summary>The call a <c>tool</c> message answers; null for every other message.</summary>
    public string? ToolCallId { get; init; }

    /// <summary>Images sent with a user message (vision endpoints); providers that cannot send them refuse the request.</summary>
    public IReadOnlyList<ChatImage> Images { get; init; } = [];

    public static ChatMessage System(string content) => new("system", content);
    public static ChatMessage User(string content) => new("user", content);
    public static ChatMessage Assistant(string content) => new("assistant", content);

    /// <summary>An assistant turn that called functions (its text may be empty).</summary>
    public static ChatMessage AssistantCalls(string content, IReadOnlyList<ToolCall> calls) => new("assistant", content) { ToolCalls = calls };

    /// <summary>The result of one function call, as the text the model reads.</summary>
    public static ChatMessage Tool(string toolCallId, string content) => new("tool", content) { ToolCallId = toolCallId };
}
