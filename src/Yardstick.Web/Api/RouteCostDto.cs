using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

/// <summary>A cost in USD on a provider route, or null with the reason it is unavailable (never a silent $0).</summary>
public sealed record RouteCostDto(
    [property: JsonPropertyName("usd")] decimal? Usd,
    [property: JsonPropertyName("provider")] string? Provider,
    [property: JsonPropertyName("endpoint_id")] string? EndpointId,
    [property: JsonPropertyName("unavailable_reason")] string? UnavailableReason)
{
    /// <summary>True when the cost is the measured self-hosting cost, not a list price.</summary>
    [JsonPropertyName("measured_self_hosting")] public bool MeasuredSelfHosting { get; init; }

    /// <summary>True when the traffic's <c>prompt_tokens</c> put it under the route's long-context tier (those prices were used).</summary>
    [JsonPropertyName("long_context_tier")] public bool LongContextTier { get; init; }
}
