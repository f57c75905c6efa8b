using System.Text.Json.Serialization;
using Yardstick.Core.Evals;

namespace Yardstick.Web.Api;

/// <summary>An eval run's summary with the run it comes from.</summary>
public sealed record MeasuredEvalDto(
    [property: JsonPropertyName("run_id")] string RunId,
    [property: JsonPropertyName("run_url")] string RunUrl,
    [property: JsonPropertyName("started_utc")] DateTimeOffset StartedUtc,
    [property: JsonPropertyName("summary")] EvalSummary Summary);
