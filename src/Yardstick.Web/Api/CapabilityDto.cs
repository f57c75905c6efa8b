using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

/// <summary>
/// A capability and whether it is claimed, verified or refuted by a probe, with its source; <c>verified</c> is the
/// probe verdict that decided it (null when no probe decided), whatever the card claims.
/// </summary>
public sealed record CapabilityDto(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("supported")] bool Supported,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("verified")] VerifiedDto? Verified = null);
