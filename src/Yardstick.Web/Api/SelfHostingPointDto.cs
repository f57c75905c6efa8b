using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

/// <summary>One load level of the measured cost-vs-load curve (one perf run).</summary>
public sealed record SelfHostingPointDto(
    [property: JsonPropertyName("run_id")] string RunId,
    [property: JsonPropertyName("run_url")] string RunUrl,
    [property: JsonPropertyName("load")] double? Load,
    [property: JsonPropertyName("output_tokens_per_s")] double? OutputTokensPerSecond,
    [property: JsonPropertyName("prefill_tokens_per_s")] double? PrefillTokensPerSecond,
    [property: JsonPropertyName("usd_per_1m_input")] decimal? UsdPer1MInput,
    [property: JsonPropertyName("usd_per_1m_output")] decimal? UsdPer1MOutput,
    [property: JsonPropertyName("blended_3_1")] decimal? Blended31,
    [property: JsonPropertyName("within_slo")] bool WithinSlo);
