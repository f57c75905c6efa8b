using System.Text.RegularExpressions;
using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary><c>detectable_format:title</c>: a non-empty title in double angular brackets, such as <c>&lt;&lt;poem of joy&gt;&gt;</c>.</summary>
public sealed partial class TitleChecker : IInstructionChecker
{
    public const string Id = "detectable_format:title";

    public static TitleChecker Create(InstructionArguments arguments) => new();

    public bool IsFollowed(string response) =>
        Title().Matches(response).Any(m => PythonText.Strip(PythonText.RStrip(PythonText.LStrip(m.Value, "<"), ">")).Length > 0);

    [GeneratedRegex(@"<<[^\n]+>>", RegexOptions.CultureInvariant)]
    private static partial Regex Title();
}
