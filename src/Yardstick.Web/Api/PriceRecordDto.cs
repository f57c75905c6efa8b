using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

/// <summary>One dated price of one endpoint, as an import stated it.</summary>
public sealed record PriceRecordDto
{
    [JsonPropertyName("endpoint_id")] public required string EndpointId { get; init; }
    [JsonPropertyName("provider")] public required string Provider { get; init; }
    [JsonPropertyName("effective_from")] public required DateTimeOffset EffectiveFrom { get; init; }
    /// <summary><c>catalog</c>, <c>litellm</c> or <c>openrouter</c>.</summary>
    [JsonPropertyName("feed")] public required string Feed { get; init; }
    [JsonPropertyName("import_id")] public required long ImportId { get; init; }
    [JsonPropertyName("price")] public required TokenPriceDto Price { get; init; }
    /// <summary>True for the record in force now (one per endpoint).</summary>
    [JsonPropertyName("in_force")] public required bool InForce { get; init; }
    /// <summary>True when its prices differ from the endpoint's previous record (or it is the first).</summary>
    [JsonPropertyName("changed")] public required bool Changed { get; init; }
}
