using Yardstick.Core.Providers;

namespace Yardstick.Evals.Model;

/// <summary>
/// An eval whose item is a conversation rather than one request (tool use: the model calls functions, a scripted user
/// answers): it drives the turns itself and grades the outcome. The runner stores one sample per (item, epoch) with
/// the totals; completions are not cached (every turn depends on the ones before).
/// </summary>
public interface IConversationEval : IEval
{
    /// <param name="first">The first request (generation parameters, seed); the eval sets its messages and tools.</param>
    Task<ConversationOutcome> ConverseAsync(ICompletionProvider provider, EvalItem item, CompletionRequest first, CancellationToken cancellationToken = default);
}
