using System.Text.RegularExpressions;
using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary>
/// <c>length_constraints:number_paragraphs</c>: exactly N paragraphs separated by the markdown
/// divider <c>***</c>; an empty paragraph between two dividers fails, empty ends are ignored.
/// </summary>
public sealed partial class ParagraphCountChecker(int numParagraphs) : IInstructionChecker
{
    public const string Id = "length_constraints:number_paragraphs";

    public static ParagraphCountChecker Create(InstructionArguments arguments) => new(arguments.GetInt("num_paragraphs"));

    public bool IsFollowed(string response)
    {
        var paragraphs = Divider().Split(response);
        var count = paragraphs.Length;
        for (var i = 0; i < paragraphs.Length; i++)
        {
            if (PythonText.Strip(paragraphs[i]).Length > 0)
                continue;
            if (i == 0 || i == paragraphs.Length - 1)
                count--;
            else
                return false;
        }
        return count == numParagraphs;
    }

    [GeneratedRegex(@"\s?\*\*\*\s?", RegexOptions.CultureInvariant)]
    private static partial Regex Divider();
}
