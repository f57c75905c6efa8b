namespace Yardstick.Core.Pricing;

/// <summary>
/// Prices that apply to a whole request once its prompt (input + cached input + cache-write tokens) is longer than
/// <see cref="ThresholdTokens"/>, e.g. LiteLLM's <c>*_above_200k_tokens</c>. A part the tier does not list keeps the base price.
/// </summary>
public sealed record LongContextTier(
    long ThresholdTokens,
    UsdPerMillionTokens? Input,
    UsdPerMillionTokens? CachedInput,
    UsdPerMillionTokens? Output)
{
    /// <summary>The usual threshold of published long-context tiers (Gemini, Claude): 200,000 prompt tokens.</summary>
    public const long DefaultThresholdTokens = 200_000;
}
