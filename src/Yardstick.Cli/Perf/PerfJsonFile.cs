using System.Text.Json;
using System.Text.Json.Nodes;
using Yardstick.Core.Metrics;
using Yardstick.Measure.Load;
using Yardstick.Measure.Load.Capacity;
using Yardstick.Measure.Load.Ladder;

namespace Yardstick.Cli.Perf;

/// <summary>
/// Writes the --json document: one run's <see cref="PerfSummary"/> as is (the scripts' contract), or for a sweep
/// <c>{"sweep": [{"level": L, "summary": {…}}, …]}</c>, or for repeats the group (<see cref="WriteRepeatsAsync"/>).
/// </summary>
internal static class PerfJsonFile
{
    public static Task WriteAsync(string path, PerfSummary summary, CancellationToken cancellationToken) =>
        WriteTextAsync(path, PerfSummaryJson.Serialize(summary), cancellationToken);

    public static Task WriteSweepAsync(string path, IReadOnlyList<SweepPoint> points, CancellationToken cancellationToken)
    {
        var sweep = new JsonArray();
        foreach (var point in points)
            sweep.Add(new JsonObject { ["level"] = point.Level, ["summary"] = JsonNode.Parse(PerfSummaryJson.Serialize(point.Summary)) });
        return WriteTextAsync(path, new JsonObject { ["sweep"] = sweep }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), cancellationToken);
    }

    /// <summary><c>--repeats</c>: <c>{"group_id": …, "runs": [summary, …], "repeats": {metric: {mean, ci95_low, ci95_high, cv, runs}}}</c>.</summary>
    public static Task WriteRepeatsAsync(string path, RepeatGroupSummary group, CancellationToken cancellationToken) =>
        WriteTextAsync(path, JsonSerializer.Serialize(group, PerfSummaryJson.Options), cancellationToken);

    /// <summary>
    /// <c>--find-max-load</c>: <c>{"capacity": {"search_id", "mode", "slo", "frontier": {max_passing_level, first_failing_level,
    /// failing_slo, estimated_level, stop, saturated_level}, "levels": [{level, run_id, passed, failing_slo, checks: [{metric,
    /// bound, value, met}], saturation: {…}, resumed, summary: {…}}]}}</c>.
    /// </summary>
    public static Task WriteCapacityAsync(string path, CapacitySearchResult result, CancellationToken cancellationToken)
    {
        var levels = new JsonArray();
        foreach (var level in result.Levels)
        {
            var node = JsonSerializer.SerializeToNode(level.Verdict, PerfSummaryJson.Options)!.AsObject();
            node["resumed"] = level.Resumed;
            node["summary"] = JsonNode.Parse(PerfSummaryJson.Serialize(level.Summary));
            levels.Add(node);
        }
        var capacity = new JsonObject
        {
            ["search_id"] = result.SearchId,
            ["mode"] = result.Mode == CapacityMode.Concurrency ? "concurrency" : "rate",
            ["slo"] = result.Slo.ToString(),
            ["frontier"] = JsonSerializer.SerializeToNode(result.Frontier, PerfSummaryJson.Options),
            ["levels"] = levels,
        };
        return WriteTextAsync(path, new JsonObject { ["capacity"] = capacity }.ToJsonString(Indented), cancellationToken);
    }

    /// <summary>
    /// <c>--ladder</c>: <c>{"ladder": {"series_id", "stopped_because", "steps": [{concurrency, run_id, status,
    /// system_output_tokens_per_s, per_user_output_tokens_per_s, e2e_p50_s, e2e_p95_s, ttft_p50_s, ttft_p95_s, resumed, summary}]}}</c>.
    /// </summary>
    public static Task WriteLadderAsync(string path, LadderResult result, CancellationToken cancellationToken)
    {
        var steps = new JsonArray();
        foreach (var step in result.Steps)
        {
            var s = step.Summary;
            steps.Add(new JsonObject
            {
                ["concurrency"] = step.Concurrency,
                ["run_id"] = s.RunId,
                ["status"] = step.Status.ToString().ToLowerInvariant(),
                ["system_output_tokens_per_s"] = Number(s.Throughput?.SystemOutputTokensPerSecond),
                ["per_user_output_tokens_per_s"] = Number(s.Throughput?.PerUserOutputTokensPerSecond),
                ["e2e_p50_s"] = Number(s.E2eLatencySeconds.P50),
                ["e2e_p95_s"] = Number(s.E2eLatencySeconds.P95),
                ["ttft_p50_s"] = Number(s.TtftSeconds.P50),
                ["ttft_p95_s"] = Number(s.TtftSeconds.P95),
                ["resumed"] = step.Resumed,
                ["summary"] = JsonNode.Parse(PerfSummaryJson.Serialize(s)),
            });
        }
        var ladder = new JsonObject { ["series_id"] = result.SeriesId, ["stopped_because"] = result.StoppedBecause, ["steps"] = steps };
        return WriteTextAsync(path, new JsonObject { ["ladder"] = ladder }.ToJsonString(Indented), cancellationToken);
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>A figure that could not be measured is written as null (JSON has no NaN).</summary>
    private static JsonNode? Number(double? value) => value is { } v && double.IsFinite(v) ? JsonValue.Create(v) : null;

    internal static async Task WriteTextAsync(string path, string json, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { } directory)
            Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(full, json + Environment.NewLine, cancellationToken);
    }
}
