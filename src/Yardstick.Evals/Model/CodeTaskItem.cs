namespace Yardstick.Evals.Model;

/// <summary>
/// A code-writing task (HumanEval format): the task's code as published (<see cref="TaskCode"/>: signature and
/// docstring), its official <see cref="Test"/> (a <c>check(candidate)</c> function) and the function it calls
/// (<see cref="EntryPoint"/>). <see cref="EvalItem.Reference"/> holds the canonical solution's body for display.
/// </summary>
public sealed record CodeTaskItem(string PromptId, string Prompt, string Reference, string TaskCode, string Test, string EntryPoint)
    : EvalItem(PromptId, Prompt, Reference);
