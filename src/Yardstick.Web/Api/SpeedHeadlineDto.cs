using System.Text.Json.Serialization;
using Yardstick.Core.Pages;

namespace Yardstick.Web.Api;

/// <summary>A speed headline: the median of per-run medians over a window, with the runs it took (each linked to its samples).</summary>
public sealed record SpeedHeadlineDto(
    [property: JsonPropertyName("window_hours")] double WindowHours,
    [property: JsonPropertyName("workload")] string Workload,
    [property: JsonPropertyName("endpoint")] string Endpoint,
    [property: JsonPropertyName("output_tokens_per_s")] double? OutputTokensPerSecond,
    [property: JsonPropertyName("ttft_s")] double? TtftSeconds,
    [property: JsonPropertyName("run_ids")] IReadOnlyList<string> RunIds)
{
    public static SpeedHeadlineDto? From(SpeedHeadline? headline) => headline is null ? null
        : new(headline.Window.TotalHours, headline.Workload, headline.Endpoint, headline.OutputTokensPerSecond, headline.TtftSeconds, headline.RunIds);
}
