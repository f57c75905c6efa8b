using System.Text.Json.Serialization;
using Yardstick.Core.Metrics;

namespace Yardstick.Web.Api;

/// <summary>A perf run's summary with the run it comes from.</summary>
public sealed record MeasuredPerfDto(
    [property: JsonPropertyName("run_id")] string RunId,
    [property: JsonPropertyName("run_url")] string RunUrl,
    [property: JsonPropertyName("started_utc")] DateTimeOffset StartedUtc,
    [property: JsonPropertyName("summary")] PerfSummary Summary);
