using System.Text.RegularExpressions;
using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary>
/// <c>detectable_format:number_highlighted_sections</c>: at least N non-empty <c>*highlighted*</c>
/// spans on one line; <c>**bold**</c> spans are counted as well, as the official checker does.
/// </summary>
public sealed partial class HighlightedSectionChecker(int numHighlights) : IInstructionChecker
{
    public const string Id = "detectable_format:number_highlighted_sections";

    public static HighlightedSectionChecker Create(InstructionArguments arguments) => new(arguments.GetInt("num_highlights"));

    public bool IsFollowed(string response)
    {
        var count = Single().Matches(response).Count(m => PythonText.Strip(PythonText.Strip(m.Value, "*")).Length > 0);
        count += Double().Matches(response).Count(m => PythonText.Strip(m.Value[2..^2]).Length > 0);
        return count >= numHighlights;
    }

    [GeneratedRegex(@"\*[^\n\*]*\*", RegexOptions.CultureInvariant)]
    private static partial Regex Single();

    [GeneratedRegex(@"\*\*[^\n\*]*\*\*", RegexOptions.CultureInvariant)]
    private static partial Regex Double();
}
