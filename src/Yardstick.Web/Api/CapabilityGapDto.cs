using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

/// <summary>A capability one model supports and the other does not (status null: not stated).</summary>
public sealed record CapabilityGapDto(
    [property: JsonPropertyName("capability")] string Capability,
    [property: JsonPropertyName("has_slug")] string HasSlug,
    [property: JsonPropertyName("has_status")] string HasStatus,
    [property: JsonPropertyName("lacks_slug")] string LacksSlug,
    [property: JsonPropertyName("lacks_status")] string? LacksStatus);
