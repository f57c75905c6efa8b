namespace Yardstick.Core.Providers;

/// <summary>Native token counts reported by a provider (<c>usage</c>); any may be missing.</summary>
public sealed record TokenUsage(int? PromptTokens, int? CompletionTokens, int? ReasoningTokens, int? CachedPromptTokens = null);
