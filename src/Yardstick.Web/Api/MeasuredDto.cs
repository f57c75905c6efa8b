using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

/// <summary>
/// Yardstick's own figures for a model: the latest perf run, the speed headlines over 72 h and 14 d (median of per-run
/// medians, with their run ids) and the latest run of each eval; null/empty when not measured yet.
/// </summary>
public sealed record MeasuredDto(
    [property: JsonPropertyName("perf")] MeasuredPerfDto? Perf,
    [property: JsonPropertyName("evals")] IReadOnlyList<MeasuredEvalDto> Evals)
{
    /// <summary>The speed every page and the CSV show, under the one speed rule.</summary>
    [JsonPropertyName("speed")] public ModelSpeedDto? Speed { get; init; }
    [JsonPropertyName("speed_headline_72h")] public SpeedHeadlineDto? SpeedHeadline72h { get; init; }
    [JsonPropertyName("speed_headline_14d")] public SpeedHeadlineDto? SpeedHeadline14d { get; init; }
    /// <summary>The model's runs that no figure above counts, each with the reason (e.g. "failed: all 10 requests failed: …").</summary>
    [JsonPropertyName("skipped_runs")] public IReadOnlyList<SkippedRunDto> SkippedRuns { get; init; } = [];
}
