using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

/// <summary>A run of the model that no figure counts (failed, interrupted, running), with the reason.</summary>
public sealed record SkippedRunDto(
    [property: JsonPropertyName("run_id")] string RunId,
    [property: JsonPropertyName("run_url")] string RunUrl,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("reason")] string Reason);
