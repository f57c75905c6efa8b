using System.Text.Json.Serialization;

namespace Yardstick.Core.Probes;

/// <summary>A probe run's summary (its stored <c>SummaryJson</c> and the CLI's --json document): one outcome per probe.</summary>
public sealed record ProbeRunSummary
{
    [JsonPropertyName("run_id")] public required string RunId { get; init; }
    [JsonPropertyName("model")] public required string ModelId { get; init; }
    [JsonPropertyName("base_url")] public required string BaseUrl { get; init; }
    [JsonPropertyName("api_style")] public required string ApiStyle { get; init; }
    /// <summary>False when not one request reached the endpoint (connection refused, DNS, timeouts): the run measured nothing.</summary>
    [JsonPropertyName("reachable")] public required bool Reachable { get; init; }
    [JsonPropertyName("requests")] public int Requests { get; init; }
    [JsonPropertyName("probes")] public required IReadOnlyList<ProbeOutcome> Probes { get; init; }

    /// <summary>The outcome of <paramref name="probe"/>, when it ran.</summary>
    public ProbeOutcome? Outcome(string probe) => Probes.FirstOrDefault(p => p.Probe == probe);
}
