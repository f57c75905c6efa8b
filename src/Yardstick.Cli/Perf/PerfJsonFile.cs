using System.Text.Json;
using System.Text.Json.Nodes;
using Yardstick.Core.Metrics;
using Yardstick.Measure.Load;

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

    internal static async Task WriteTextAsync(string path, string json, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { } directory)
            Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(full, json + Environment.NewLine, cancellationToken);
    }
}
