using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

/// <summary>Every part of a price, USD per 1M tokens; null = not listed (a listed $0 is "no price" and reads null too).</summary>
public sealed record TokenPriceDto
{
    [JsonPropertyName("input_usd_per_1m")] public decimal? Input { get; init; }
    [JsonPropertyName("cached_input_usd_per_1m")] public decimal? CachedInput { get; init; }
    [JsonPropertyName("cache_write_usd_per_1m")] public decimal? CacheWrite { get; init; }
    [JsonPropertyName("output_usd_per_1m")] public decimal? Output { get; init; }
    [JsonPropertyName("reasoning_usd_per_1m")] public decimal? Reasoning { get; init; }
    [JsonPropertyName("long_context")] public LongContextTierDto? LongContext { get; init; }
    [JsonPropertyName("source")] public string? Source { get; init; }
}
