namespace Yardstick.Evals.IfEval.Checkers;

/// <summary><c>punctuation:no_comma</c>: no ASCII comma anywhere.</summary>
public sealed class NoCommaChecker : IInstructionChecker
{
    public const string Id = "punctuation:no_comma";

    public static NoCommaChecker Create(InstructionArguments arguments) => new();

    public bool IsFollowed(string response) => !response.Contains(',', StringComparison.Ordinal);
}
