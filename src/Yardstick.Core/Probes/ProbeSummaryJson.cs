using System.Text.Json;

namespace Yardstick.Core.Probes;

/// <summary>Reads and writes <see cref="ProbeRunSummary"/> (snake_case names, verdicts as strings).</summary>
public static class ProbeSummaryJson
{
    public static JsonSerializerOptions Options { get; } = new() { WriteIndented = true };

    public static string Serialize(ProbeRunSummary summary) => JsonSerializer.Serialize(summary, Options);

    public static ProbeRunSummary? Deserialize(string json) => JsonSerializer.Deserialize<ProbeRunSummary>(json, Options);
}
