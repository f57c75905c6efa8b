using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

/// <summary>What Yardstick's probes found for a capability: the deciding verdict, its run (and raw samples) and date, and its rate.</summary>
public sealed record VerifiedDto(
    [property: JsonPropertyName("verdict")] string Verdict,
    [property: JsonPropertyName("run_id")] string RunId,
    [property: JsonPropertyName("run_url")] string RunUrl,
    [property: JsonPropertyName("samples_url")] string SamplesUrl,
    [property: JsonPropertyName("date")] DateTimeOffset Date,
    [property: JsonPropertyName("rate")] double? Rate,
    [property: JsonPropertyName("detail")] string Detail);
