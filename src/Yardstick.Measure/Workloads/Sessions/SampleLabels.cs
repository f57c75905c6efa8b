using System.Text.Json.Nodes;
using Yardstick.Core.Runs;

namespace Yardstick.Measure.Workloads.Sessions;

/// <summary>Reads back what a workload stored in a sample's details to identify it (session, turn, arm…).</summary>
public static class SampleLabels
{
    public static JsonObject Of(SampleRecord sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (string.IsNullOrEmpty(sample.DetailsJson))
            return [];
        try
        {
            return JsonNode.Parse(sample.DetailsJson) as JsonObject ?? [];
        }
        catch (System.Text.Json.JsonException)
        {
            // Details of other tasks are free-form; a sample without readable details has no labels.
            return [];
        }
    }

    public static int? Int(JsonObject labels, string key) =>
        labels[key] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    public static string? Text(JsonObject labels, string key) =>
        labels[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
