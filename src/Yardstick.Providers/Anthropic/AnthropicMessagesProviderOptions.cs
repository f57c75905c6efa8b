using Yardstick.Providers.Http;

namespace Yardstick.Providers.Anthropic;

/// <summary>Options for the Anthropic Messages API (<c>POST {BaseUrl}/messages</c>), e.g. BaseUrl <c>https://api.anthropic.com/v1</c>.</summary>
public sealed class AnthropicMessagesProviderOptions : HttpProviderOptions
{
    public string AnthropicVersion { get; init; } = "2023-06-01";

    /// <summary>When set, asks for extended thinking with this budget (streamed as <c>thinking_delta</c>).</summary>
    public int? ThinkingBudgetTokens { get; init; }
}
