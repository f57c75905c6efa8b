using Yardstick.Core.Providers;

namespace Yardstick.Evals.Model;

/// <summary>
/// One question of an eval: its stable id (the dataset's own id, or the zero-based line number in the data file),
/// the prompt sent (which contains the dataset's question text verbatim) and the reference answer for display.
/// Evals that need more (options, instruction lists) derive from it.
/// </summary>
public record EvalItem(string PromptId, string Prompt, string Reference)
{
    /// <summary>The chat messages of the request: one user message holding the prompt.</summary>
    public virtual IReadOnlyList<ChatMessage> Messages => [ChatMessage.User(Prompt)];
}
