using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

/// <summary>
/// A model's prices in full: the headline list price with every part, the 3:1 and cache-aware blends, the measured
/// self-hosting cost, and the price a chart or a monthly cost uses (<see cref="Effective"/>: list, else measured).
/// </summary>
public sealed record PriceDto
{
    [JsonPropertyName("headline")] public TokenPriceDto? Headline { get; init; }
    [JsonPropertyName("blended_3_1")] public decimal? Blended31 { get; init; }
    /// <summary>7 input : 2 cached input : 1 output; null without a cached-input price.</summary>
    [JsonPropertyName("blended_cache_aware")] public decimal? BlendedCacheAware { get; init; }
    [JsonPropertyName("cache_aware_ratio")] public required string CacheAwareRatio { get; init; }
    [JsonPropertyName("measured_self_hosting")] public SelfHostingCostDto? MeasuredSelfHosting { get; init; }
    /// <summary>The blended price (site's ratio) that charts and placements use: the list price, else the measured cost.</summary>
    [JsonPropertyName("effective_blended_usd_per_1m")] public decimal? EffectiveBlended { get; init; }
    /// <summary><c>list</c>, <c>measured_self_hosting</c>, or null when neither exists.</summary>
    [JsonPropertyName("effective_kind")] public string? EffectiveKind { get; init; }
    [JsonPropertyName("history_url")] public required string HistoryUrl { get; init; }
}
