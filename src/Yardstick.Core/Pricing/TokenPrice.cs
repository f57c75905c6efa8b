using Yardstick.Core.Catalog;

namespace Yardstick.Core.Pricing;

/// <summary>
/// An endpoint's list price per 1M tokens: input, cached input and output, with its source; optionally a cache-write
/// price, a reasoning-token price and a long-context tier. <see cref="TokenCost"/> turns it into money.
/// </summary>
public sealed record TokenPrice(
    UsdPerMillionTokens? Input,
    UsdPerMillionTokens? CachedInput,
    UsdPerMillionTokens? Output,
    FactSource? Source)
{
    public static TokenPrice None { get; } = new(null, null, null, null);

    /// <summary>Writing prompt tokens into the provider's cache (Anthropic: 1.25 × input); without it they cost the input price.</summary>
    public UsdPerMillionTokens? CacheWrite { get; init; }

    /// <summary>Reasoning (thinking) tokens when priced apart from output; without it they cost the output price.</summary>
    public UsdPerMillionTokens? Reasoning { get; init; }

    /// <summary>Prices for requests whose prompt exceeds the tier's threshold.</summary>
    public LongContextTier? LongContext { get; init; }

    /// <summary>True when both input and output are real (non-zero) prices.</summary>
    public bool IsComplete => Input is { IsNoPrice: false } && Output is { IsNoPrice: false };

    /// <summary>True when no part of the price is stated at all (not even a "no price" $0).</summary>
    public bool IsEmpty => Input is null && CachedInput is null && Output is null && CacheWrite is null && Reasoning is null && LongContext is null;
}
