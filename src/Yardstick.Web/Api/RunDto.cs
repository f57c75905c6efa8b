using System.Text.Json.Serialization;
using Yardstick.Core.Evals;
using Yardstick.Core.Metrics;

namespace Yardstick.Web.Api;

/// <summary>A run's record: configuration, versions, times and its summary (typed by kind when readable).</summary>
public sealed record RunDto
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("kind")] public required string Kind { get; init; }
    [JsonPropertyName("status")] public required string Status { get; init; }
    /// <summary>Why a failed run failed, in one sentence; null otherwise.</summary>
    [JsonPropertyName("failure_reason")] public string? FailureReason { get; init; }
    [JsonPropertyName("model_slug")] public string? ModelSlug { get; init; }
    [JsonPropertyName("endpoint_id")] public string? EndpointId { get; init; }
    [JsonPropertyName("api_style")] public required string ApiStyle { get; init; }
    [JsonPropertyName("base_url")] public required string BaseUrl { get; init; }
    [JsonPropertyName("model_id")] public required string ModelId { get; init; }
    [JsonPropertyName("task")] public required string Task { get; init; }
    [JsonPropertyName("task_version")] public string? TaskVersion { get; init; }
    [JsonPropertyName("configuration_json")] public required string ConfigurationJson { get; init; }
    [JsonPropertyName("yardstick_version")] public required string YardstickVersion { get; init; }
    [JsonPropertyName("host")] public string? Host { get; init; }
    [JsonPropertyName("started_utc")] public required DateTimeOffset StartedUtc { get; init; }
    [JsonPropertyName("finished_utc")] public DateTimeOffset? FinishedUtc { get; init; }
    [JsonPropertyName("summary_json")] public string? SummaryJson { get; init; }
    [JsonPropertyName("perf_summary")] public PerfSummary? PerfSummary { get; init; }
    [JsonPropertyName("eval_summary")] public EvalSummary? EvalSummary { get; init; }
    /// <summary>Why the summary could not be read as its kind's record, when it could not.</summary>
    [JsonPropertyName("summary_error")] public string? SummaryError { get; init; }
    [JsonPropertyName("sample_count")] public required int SampleCount { get; init; }
    [JsonPropertyName("samples_csv_url")] public required string SamplesCsvUrl { get; init; }
    [JsonPropertyName("page_url")] public required string PageUrl { get; init; }
}
