using System.Text.Json.Nodes;
using Yardstick.Core.Providers;

namespace Yardstick.Measure.Workloads.Sessions;

/// <summary>
/// One request of a session or trace: its unique id and sequence in the run (negative for warm-up), the messages,
/// their normalised length, what identifies it in the workload (copied into the sample's details), and, when it
/// differs from the run's, its answer length; open-loop workloads add how late it was issued.
/// </summary>
public sealed record WorkloadRequest(string PromptId, int Sequence, IReadOnlyList<ChatMessage> Messages, int InputTokensNormalised)
{
    public JsonObject? Details { get; init; }

    public int? MaxTokens { get; init; }

    public double? ScheduleLagSeconds { get; init; }
}
