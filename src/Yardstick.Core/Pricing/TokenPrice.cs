using Yardstick.Core.Catalog;

namespace Yardstick.Core.Pricing;

/// <summary>An endpoint's list price per 1M tokens: input, cached input and output, with its source.</summary>
public sealed record TokenPrice(
    UsdPerMillionTokens? Input,
    UsdPerMillionTokens? CachedInput,
    UsdPerMillionTokens? Output,
    FactSource? Source)
{
    public static TokenPrice None { get; } = new(null, null, null, null);

    /// <summary>True when both input and output are real (non-zero) prices.</summary>
    public bool IsComplete => Input is { IsNoPrice: false } && Output is { IsNoPrice: false };
}
