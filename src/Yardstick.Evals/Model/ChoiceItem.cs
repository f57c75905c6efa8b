namespace Yardstick.Evals.Model;

/// <summary>A multiple-choice question: the options in the order shown (A, B, …) and the correct letter as reference.</summary>
public sealed record ChoiceItem(string PromptId, string Prompt, string Reference, IReadOnlyList<string> Options) : EvalItem(PromptId, Prompt, Reference);
