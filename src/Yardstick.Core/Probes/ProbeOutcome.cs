using System.Text.Json.Serialization;

namespace Yardstick.Core.Probes;

/// <summary>
/// One probe's result against one endpoint: the verdict, the rate where the probe has one (cases passed over cases
/// answered), what was observed, and the samples (prompt ids within the run) that are its evidence.
/// </summary>
public sealed record ProbeOutcome
{
    [JsonPropertyName("probe")] public required string Probe { get; init; }
    /// <summary>The catalog capability this probe evidences (<c>function_calling</c>, <c>vision</c>…), when it evidences one.</summary>
    [JsonPropertyName("capability")] public string? Capability { get; init; }
    [JsonPropertyName("verdict")] public required ProbeVerdict Verdict { get; init; }
    /// <summary>Cases passed / cases answered, in [0, 1]; null when the probe is a single yes/no check or nothing was answered.</summary>
    [JsonPropertyName("rate")] public double? Rate { get; init; }
    [JsonPropertyName("passed")] public int Passed { get; init; }
    [JsonPropertyName("answered")] public int Answered { get; init; }
    [JsonPropertyName("cases")] public int Cases { get; init; }
    /// <summary>One sentence a person can read: why this verdict.</summary>
    [JsonPropertyName("detail")] public required string Detail { get; init; }
    /// <summary>What the probe observed beyond the verdict (the reasoning field used, formats accepted, largest verified length…).</summary>
    [JsonPropertyName("observed")] public IReadOnlyDictionary<string, string> Observed { get; init; } = new Dictionary<string, string>();
    /// <summary>Prompt ids (<c>probe/case</c>) of the samples behind the verdict.</summary>
    [JsonPropertyName("samples")] public IReadOnlyList<string> Samples { get; init; } = [];
}
