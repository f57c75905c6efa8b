namespace Yardstick.Core.Pricing;

/// <summary>
/// Tokens to pay for. <see cref="InputTokens"/> are the uncached prompt tokens; <see cref="CachedInputTokens"/> were read
/// from the provider's prompt cache and <see cref="CacheWriteTokens"/> written to it (both also prompt tokens, counted
/// apart). <see cref="ReasoningTokens"/> are the part of <see cref="OutputTokens"/> spent thinking (never more than it).
/// </summary>
public sealed record BilledTokens(long InputTokens, long OutputTokens, long CachedInputTokens = 0, long CacheWriteTokens = 0, long ReasoningTokens = 0)
{
    /// <summary>Every prompt token, cached or not: what a long-context tier's threshold is compared with.</summary>
    public long PromptTokens => InputTokens + CachedInputTokens + CacheWriteTokens;
}
