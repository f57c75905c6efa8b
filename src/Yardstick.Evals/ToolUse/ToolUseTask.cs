using Yardstick.Evals.Model;

namespace Yardstick.Evals.ToolUse;

/// <summary>
/// One generated task: the shop's starting orders, the scripted user's messages (the first opens the conversation;
/// each later one answers the agent's next reply that has no tool call), the state the shop must end in, and the
/// facts the agent's replies must state (order ids, amounts, statuses).
/// </summary>
public sealed record ToolUseTask(string PromptId, string Prompt, string Reference, string Kind, IReadOnlyList<Order> Orders,
    IReadOnlyList<string> UserTurns, IReadOnlyList<Order> ExpectedOrders, IReadOnlyList<string> RequiredFacts) : EvalItem(PromptId, Prompt, Reference);
