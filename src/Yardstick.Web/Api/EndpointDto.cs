using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

/// <summary>One provider route of a model and its list price (null prices: not listed, or listed as $0 = no price).</summary>
public sealed record EndpointDto
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("provider")] public required string Provider { get; init; }
    [JsonPropertyName("api_style")] public required string ApiStyle { get; init; }
    [JsonPropertyName("base_url")] public required string BaseUrl { get; init; }
    [JsonPropertyName("model_id")] public required string ModelId { get; init; }
    [JsonPropertyName("first_party")] public required bool FirstParty { get; init; }
    [JsonPropertyName("input_price_usd_per_1m")] public decimal? InputPriceUsdPer1M { get; init; }
    [JsonPropertyName("cached_input_price_usd_per_1m")] public decimal? CachedInputPriceUsdPer1M { get; init; }
    [JsonPropertyName("output_price_usd_per_1m")] public decimal? OutputPriceUsdPer1M { get; init; }
    [JsonPropertyName("blended_price_usd_per_1m")] public decimal? BlendedPriceUsdPer1M { get; init; }
    [JsonPropertyName("price_source")] public string? PriceSource { get; init; }
    /// <summary>Every part of the price in force (cache write, reasoning, long-context tier included).</summary>
    [JsonPropertyName("price")] public TokenPriceDto? Price { get; init; }
    /// <summary>Hourly cost of the machine behind a self-hosted endpoint, from the catalog.</summary>
    [JsonPropertyName("hardware_hourly_usd")] public decimal? HardwareHourlyUsd { get; init; }
    [JsonPropertyName("hardware")] public string? Hardware { get; init; }
}
