namespace Yardstick.Evals.IfEval;

/// <summary>
/// The grade of one IFEval response: per instruction (in the prompt's order) and per prompt (all
/// instructions followed), in the official strict and loose modes.
/// </summary>
public sealed record IfEvalResult(bool PromptStrict, bool PromptLoose, IReadOnlyList<bool> InstructionStrict, IReadOnlyList<bool> InstructionLoose);
