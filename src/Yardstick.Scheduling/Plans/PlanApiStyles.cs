using Yardstick.Core.Catalog;

namespace Yardstick.Scheduling.Plans;

/// <summary>The api_style words of a plan file and the <see cref="ApiStyle"/> each means.</summary>
public static class PlanApiStyles
{
    public const string OpenAiChat = "openai-chat";
    public const string Anthropic = "anthropic";
    public const string Gguf = "gguf";

    public static IReadOnlyList<string> All { get; } = [OpenAiChat, Anthropic, Gguf];

    public static ApiStyle ToApiStyle(string style) => style switch
    {
        OpenAiChat => ApiStyle.OpenAiChat,
        Anthropic => ApiStyle.AnthropicMessages,
        Gguf => ApiStyle.InProcessGguf,
        _ => throw new ArgumentException($"'{style}' is not one of: {string.Join(", ", All)}.", nameof(style)),
    };
}
