using Yardstick.Core.Providers;

namespace Yardstick.Measure.Workloads;

/// <summary>
/// One request a workload wants sent: its id, messages, normalised input length and hash (for freshness proofs), and the
/// epoch that tells repeats of one prompt apart ((PromptId, Epoch) is unique within a run).
/// </summary>
public sealed record PerfPrompt(string PromptId, IReadOnlyList<ChatMessage> Messages, int InputTokensNormalised, string Sha256, int Epoch = 0)
{
    public string Text => string.Join("\n\n", Messages.Select(m => m.Content));
}
