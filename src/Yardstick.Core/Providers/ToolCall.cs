namespace Yardstick.Core.Providers;

/// <summary>One complete function call of an assistant turn: the call id the tool result answers, the function and its arguments (a JSON text, as the model wrote it).</summary>
public sealed record ToolCall(string Id, string Name, string ArgumentsJson);
