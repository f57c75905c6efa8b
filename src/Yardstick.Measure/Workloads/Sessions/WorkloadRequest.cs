using System.Text.Json.Nodes;
using Yardstick.Core.Providers;

namespace Yardstick.Measure.Workloads.Sessions;

/// <summary>
/// One request of a session or trace: its unique id and sequence in the run (negative for warm-up), the messages,
/// their normalised length, what identifies it in the workload (copied into the sample's details), and, when it
/// differs from the run's, its answer length; open-loop workloads add when it was due (its replay lag is measured
/// from that moment to the moment it is handed to the recorder).
/// </summary>
public sealed record WorkloadRequest(string PromptId, int Sequence, IReadOnlyList<ChatMessage> Messages, int InputTokensNormalised)
{
    public JsonObject? Details { get; init; }

    public int? MaxTokens { get; init; }

    /// <summary>Functions declared with the request (OpenAI <c>tools</c>), and the <c>tool_choice</c> sent with them.</summary>
    public IReadOnlyList<FunctionTool> Tools { get; init; } = [];

    public ToolChoice? ToolChoice { get; init; }

    /// <summary>The load this request was sent under when the workload varies it (concurrent sessions); null = the run's.</summary>
    public double? Load { get; init; }

    /// <summary>Open loop: the <see cref="System.Diagnostics.Stopwatch"/> timestamp the request was scheduled for.</summary>
    public long? DueTimestamp { get; init; }
}
