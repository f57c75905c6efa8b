namespace Yardstick.Core.Providers;

/// <summary>
/// OpenAI's <c>tool_choice</c>: <c>auto</c> (the model decides), <c>none</c>, <c>required</c> (some tool), or one named
/// function (<see cref="FunctionName"/> set, <see cref="Mode"/> <c>function</c>).
/// </summary>
public sealed record ToolChoice(string Mode, string? FunctionName = null)
{
    public static ToolChoice Auto { get; } = new("auto");
    public static ToolChoice None { get; } = new("none");
    public static ToolChoice Required { get; } = new("required");

    public static ToolChoice Function(string name) => new("function", name);
}
