using System.Text.Json.Serialization;
using Yardstick.Core.Pages;

namespace Yardstick.Web.Api;

/// <summary>
/// The model's speed under the one speed rule (<see cref="SpeedRule"/>) that the pages and the CSV show: its basis
/// (<c>window</c>, <c>latest_headline_run</c>, <c>latest_other_workload</c>), a statement, and the runs it came from.
/// </summary>
public sealed record ModelSpeedDto(
    [property: JsonPropertyName("output_tokens_per_s")] double? OutputTokensPerSecond,
    [property: JsonPropertyName("ttft_s")] double? TtftSeconds,
    [property: JsonPropertyName("basis")] string Basis,
    [property: JsonPropertyName("statement")] string Statement,
    [property: JsonPropertyName("workload")] string Workload,
    [property: JsonPropertyName("endpoint")] string Endpoint,
    [property: JsonPropertyName("run_ids")] IReadOnlyList<string> RunIds,
    [property: JsonPropertyName("rule")] string Rule)
{
    public static ModelSpeedDto? From(ModelSpeed? speed) => speed is null ? null
        : new(speed.OutputTokensPerSecond, speed.TtftSeconds, BasisName(speed.Basis), speed.Statement, speed.Workload, speed.Endpoint, speed.RunIds, SpeedRule.Description);

    /// <summary>snake_case, as every other enum the API writes.</summary>
    public static string BasisName(SpeedBasis basis) => basis switch
    {
        SpeedBasis.Window => "window",
        SpeedBasis.LatestHeadlineRun => "latest_headline_run",
        _ => "latest_other_workload",
    };
}
