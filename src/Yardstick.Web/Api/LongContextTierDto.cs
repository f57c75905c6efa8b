using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

/// <summary>Prices for a whole request whose prompt is longer than <c>above_tokens</c> (null parts keep the base price).</summary>
public sealed record LongContextTierDto(
    [property: JsonPropertyName("above_tokens")] long AboveTokens,
    [property: JsonPropertyName("input_price_usd_per_1m")] decimal? InputPriceUsdPer1M,
    [property: JsonPropertyName("cached_input_price_usd_per_1m")] decimal? CachedInputPriceUsdPer1M,
    [property: JsonPropertyName("output_price_usd_per_1m")] decimal? OutputPriceUsdPer1M);
