using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary><c>combination:repeat_prompt</c>: the response starts with the request, repeated word for word (case-insensitive).</summary>
public sealed class RepeatPromptChecker(string promptToRepeat) : IInstructionChecker
{
    public const string Id = "combination:repeat_prompt";

    private readonly string _prompt = PythonText.Lower(PythonText.Strip(promptToRepeat));

    public static RepeatPromptChecker Create(InstructionArguments arguments) => new(arguments.GetString("prompt_to_repeat"));

    public bool IsFollowed(string response) =>
        PythonText.Lower(PythonText.Strip(response)).StartsWith(_prompt, StringComparison.Ordinal);
}
