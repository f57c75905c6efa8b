using Yardstick.Evals.Model;

namespace Yardstick.Evals.Definitions;

/// <summary>An open question with the dataset's true and false answers (the judge grades against both lists).</summary>
public sealed record OpenQuestionItem(string PromptId, string Prompt, string Reference, string Question, IReadOnlyList<string> CorrectAnswers, IReadOnlyList<string> IncorrectAnswers)
    : EvalItem(PromptId, Prompt, Reference);
