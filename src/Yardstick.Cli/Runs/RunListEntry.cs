using System.Text.Json.Serialization;
using Yardstick.Core.Runs;

namespace Yardstick.Cli.Runs;

/// <summary>
/// One run in `yardstick runs list --json`: the contract scripts read (names are snake_case, times ISO 8601 UTC); a scheduled
/// run names its suite, the worker that started it and its location (null for runs started by hand).
/// </summary>
internal sealed record RunListEntry(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("model_slug")] string? ModelSlug,
    [property: JsonPropertyName("task")] string Task,
    [property: JsonPropertyName("started_utc")] DateTimeOffset StartedUtc,
    [property: JsonPropertyName("finished_utc")] DateTimeOffset? FinishedUtc,
    [property: JsonPropertyName("samples")] int Samples,
    [property: JsonPropertyName("failed")] int Failed,
    [property: JsonPropertyName("failure_reason"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FailureReason,
    [property: JsonPropertyName("endpoint")] string? Endpoint,
    [property: JsonPropertyName("base_url")] string BaseUrl,
    [property: JsonPropertyName("suite")] string? Suite,
    [property: JsonPropertyName("worker")] string? Worker,
    [property: JsonPropertyName("location")] string? Location)
{
    public static RunListEntry Of(RunRecord run, SampleCounts counts) => new(
        run.Id, run.Kind.ToString().ToLowerInvariant(), run.Status.ToString(), run.ModelSlug, run.Task,
        run.StartedUtc.ToUniversalTime(), run.FinishedUtc?.ToUniversalTime(), counts.Total, counts.Failed, run.FailureReason,
        run.EndpointId, run.BaseUrl, run.Suite, run.Worker, run.Location);
}
