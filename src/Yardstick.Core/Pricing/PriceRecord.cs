namespace Yardstick.Core.Pricing;

/// <summary>
/// One dated price of one endpoint, as an import (the catalog, a LiteLLM or OpenRouter feed) stated it. Kept for
/// ever: the price in force is the latest one whose <see cref="EffectiveFromUtc"/> has come (<see cref="PriceHistory"/>).
/// </summary>
public sealed record PriceRecord
{
    public required string EndpointId { get; init; }
    public required string ModelSlug { get; init; }
    public required string Provider { get; init; }
    public required DateTimeOffset EffectiveFromUtc { get; init; }
    public required TokenPrice Price { get; init; }
    /// <summary><c>catalog</c>, <c>litellm</c> or <c>openrouter</c>.</summary>
    public required string Feed { get; init; }
    public long ImportId { get; init; }
}
