namespace Yardstick.Evals.IfEval.Checkers;

/// <summary><c>detectable_format:constrained_response</c>: the response contains "My answer is yes.", "... no." or "... maybe.".</summary>
public sealed class ConstrainedResponseChecker : IInstructionChecker
{
    public const string Id = "detectable_format:constrained_response";

    private static readonly string[] Options = ["My answer is yes.", "My answer is no.", "My answer is maybe."];

    public static ConstrainedResponseChecker Create(InstructionArguments arguments) => new();

    public bool IsFollowed(string response)
    {
        var stripped = Text.PythonText.Strip(response);
        return Options.Any(o => stripped.Contains(o, StringComparison.Ordinal));
    }
}
