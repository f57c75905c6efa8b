using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary>
/// <c>combination:two_responses</c>: exactly two different non-empty responses separated by
/// <c>******</c> (empty pieces allowed only at the ends).
/// </summary>
public sealed class TwoResponsesChecker : IInstructionChecker
{
    public const string Id = "combination:two_responses";

    public static TwoResponsesChecker Create(InstructionArguments arguments) => new();

    public bool IsFollowed(string response)
    {
        var valid = new List<string>();
        var pieces = response.Split("******");
        for (var i = 0; i < pieces.Length; i++)
        {
            if (PythonText.Strip(pieces[i]).Length > 0)
                valid.Add(pieces[i]);
            else if (i != 0 && i != pieces.Length - 1)
                return false;
        }
        return valid.Count == 2 && PythonText.Strip(valid[0]) != PythonText.Strip(valid[1]);
    }
}
