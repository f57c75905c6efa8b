using Yardstick.Core.Pricing;

namespace Yardstick.Pricing.Feeds;

/// <summary>One model as a price feed lists it: its feed id, prices per 1M tokens, limits and flags.</summary>
public sealed record FeedModel
{
    public required string FeedId { get; init; }
    public required TokenPrice Price { get; init; }
    /// <summary>LiteLLM's <c>litellm_provider</c> (e.g. <c>openai</c>); null for OpenRouter.</summary>
    public string? FeedProvider { get; init; }
    /// <summary>LiteLLM's <c>mode</c> (<c>chat</c>, <c>embedding</c>…).</summary>
    public string? Mode { get; init; }
    public long? ContextTokens { get; init; }
    public long? MaxInputTokens { get; init; }
    public long? MaxOutputTokens { get; init; }
    /// <summary>USD per request (OpenRouter <c>request</c>), not part of the token price.</summary>
    public decimal? PerRequestUsd { get; init; }
    /// <summary>USD per input image (OpenRouter <c>image</c>).</summary>
    public decimal? PerImageUsd { get; init; }
    /// <summary>Capability flags the feed sets true (LiteLLM <c>supports_*</c> without the prefix, e.g. <c>vision</c>).</summary>
    public IReadOnlyList<string> Supports { get; init; } = [];
}
