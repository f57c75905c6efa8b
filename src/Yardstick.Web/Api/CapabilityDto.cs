using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

/// <summary>A capability and whether it is claimed, verified or refuted by a probe, with its source.</summary>
public sealed record CapabilityDto(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("supported")] bool Supported,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("source")] string Source);
