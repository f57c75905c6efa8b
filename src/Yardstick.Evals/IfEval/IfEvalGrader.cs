namespace Yardstick.Evals.IfEval;

/// <summary>
/// Grades a response against an IFEval item the way Google's <c>evaluation_lib</c> does: strict
/// checks the response as given; loose passes an instruction if any of the
/// <see cref="ResponseVariants.Loose">eight variants</see> passes. An empty (whitespace-only)
/// response or variant never passes.
/// </summary>
public static class IfEvalGrader
{
    /// <exception cref="FormatException">The item has an unknown instruction or bad arguments.</exception>
    public static IfEvalResult Grade(IfEvalItem item, string response)
    {
        var checkers = item.CreateCheckers();
        var variants = ResponseVariants.Loose(response);
        var strict = checkers.Select(c => Passes(c, response)).ToList();
        var loose = checkers.Select(c => variants.Any(v => Passes(c, v))).ToList();
        return new IfEvalResult(strict.All(b => b), loose.All(b => b), strict, loose);
    }

    private static bool Passes(IInstructionChecker checker, string response) =>
        Text.PythonText.Strip(response).Length > 0 && checker.IsFollowed(response);
}
