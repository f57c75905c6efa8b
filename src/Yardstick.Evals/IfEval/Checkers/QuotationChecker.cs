namespace Yardstick.Evals.IfEval.Checkers;

/// <summary><c>startend:quotation</c>: the stripped response starts and ends with a double quotation mark.</summary>
public sealed class QuotationChecker : IInstructionChecker
{
    public const string Id = "startend:quotation";

    public static QuotationChecker Create(InstructionArguments arguments) => new();

    public bool IsFollowed(string response)
    {
        var value = Text.PythonText.Strip(response);
        return value.Length > 1 && value[0] == '"' && value[^1] == '"';
    }
}
