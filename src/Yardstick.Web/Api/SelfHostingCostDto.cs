using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

/// <summary>
/// The measured cost of self-hosting a model at an hourly hardware rate, from Yardstick's perf runs: the chosen load
/// (best output throughput within the SLO) and the whole cost-vs-load curve. Not a list price.
/// </summary>
public sealed record SelfHostingCostDto
{
    [JsonPropertyName("usd_per_1m_input")] public decimal? UsdPer1MInput { get; init; }
    [JsonPropertyName("usd_per_1m_output")] public decimal? UsdPer1MOutput { get; init; }
    [JsonPropertyName("blended_3_1")] public decimal? Blended31 { get; init; }
    [JsonPropertyName("hourly_usd")] public required decimal HourlyUsd { get; init; }
    [JsonPropertyName("hardware")] public string? Hardware { get; init; }
    [JsonPropertyName("hardware_source")] public string? HardwareSource { get; init; }
    /// <summary>The run at the chosen load; null with <see cref="UnavailableReason"/> when no load qualifies.</summary>
    [JsonPropertyName("run_id")] public string? RunId { get; init; }
    [JsonPropertyName("load")] public double? Load { get; init; }
    [JsonPropertyName("source_run_ids")] public required IReadOnlyList<string> SourceRunIds { get; init; }
    [JsonPropertyName("label")] public required string Label { get; init; }
    [JsonPropertyName("unavailable_reason")] public string? UnavailableReason { get; init; }
    [JsonPropertyName("curve")] public required IReadOnlyList<SelfHostingPointDto> Curve { get; init; }
}
