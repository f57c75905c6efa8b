using System.Text.Json.Serialization;

namespace Yardstick.Core.Metrics;

/// <summary>
/// <c>--repeats N</c>: the same configuration run N times, each a stored run carrying <c>group_id</c> in its
/// configuration; the runs' summaries and, per metric, the mean across runs with its t interval and coefficient of
/// variation (<see cref="RepeatSummary"/>).
/// </summary>
public sealed record RepeatGroupSummary(
    [property: JsonPropertyName("group_id")] string GroupId,
    [property: JsonPropertyName("runs")] IReadOnlyList<PerfSummary> Runs,
    [property: JsonPropertyName("repeats")] IReadOnlyDictionary<string, RepeatStatistic> Repeats);
