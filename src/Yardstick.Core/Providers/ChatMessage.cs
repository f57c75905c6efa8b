namespace Yardstick.Core.Providers;

/// <summary>One chat message; roles are <c>system</c>, <c>user</c> and <c>assistant</c>.</summary>
public sealed record ChatMessage(string Role, string Content)
{
    public static ChatMessage System(string content) => new("system", content);
    public static ChatMessage User(string content) => new("user", content);
    public static ChatMessage Assistant(string content) => new("assistant", content);
}
