using System.Text.Json.Serialization;

namespace Yardstick.Measure.Workloads.Trace;

/// <summary>A trace line that could not be replayed, with its 1-based line number and why.</summary>
public sealed record TraceLineProblem(
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("error")] string Error);
