using Yardstick.Evals.Model;

namespace Yardstick.Evals.Definitions;

/// <summary>A BIG-Bench Hard example: the target, and the lettered options its input lists (empty for free-form tasks).</summary>
public sealed record BbhItem(string PromptId, string Prompt, string Reference, IReadOnlyDictionary<string, string> Options) : EvalItem(PromptId, Prompt, Reference);
