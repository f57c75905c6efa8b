using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary><c>startend:end_checker</c>: the response ends with the phrase (case-insensitive, surrounding double quotes ignored).</summary>
public sealed class EndPhraseChecker(string endPhrase) : IInstructionChecker
{
    public const string Id = "startend:end_checker";

    private readonly string _endPhrase = PythonText.Lower(PythonText.Strip(endPhrase));

    public static EndPhraseChecker Create(InstructionArguments arguments) => new(arguments.GetString("end_phrase"));

    public bool IsFollowed(string response) =>
        PythonText.Lower(PythonText.Strip(PythonText.Strip(response), "\"")).EndsWith(_endPhrase, StringComparison.Ordinal);
}
