using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary>
/// <c>length_constraints:nth_paragraph_first_word</c>: exactly N non-empty paragraphs separated by
/// blank lines (<c>\n\n</c>), and paragraph <c>nth</c> starts with the given word (case-insensitive,
/// leading quotes and trailing punctuation ignored).
/// </summary>
public sealed class NthParagraphFirstWordChecker(int numParagraphs, int nthParagraph, string firstWord) : IInstructionChecker
{
    public const string Id = "length_constraints:nth_paragraph_first_word";

    private static readonly HashSet<char> Punctuation = ['.', ',', '?', '!', '\'', '"'];

    private readonly string _firstWord = PythonText.Lower(firstWord);

    public static NthParagraphFirstWordChecker Create(InstructionArguments arguments) =>
        new(arguments.GetInt("num_paragraphs"), arguments.GetInt("nth_paragraph"), arguments.GetString("first_word"));

    public bool IsFollowed(string response)
    {
        var paragraphs = response.Split("\n\n");
        var count = paragraphs.Count(p => PythonText.Strip(p).Length > 0);

        // The official check indexes the raw split (empty paragraphs included) but compares against
        // the count of non-empty ones; both quirks are kept.
        if (nthParagraph > count || nthParagraph < 1)
            return false;
        var paragraph = PythonText.Strip(paragraphs[nthParagraph - 1]);
        if (paragraph.Length == 0)
            return false;

        var word = PythonText.LStrip(PythonText.LStrip(PythonText.Strip(PythonText.SplitWhitespace(paragraph)[0]), "'"), "\"");
        var first = new string([.. word.TakeWhile(c => !Punctuation.Contains(c))]);
        return count == numParagraphs && PythonText.Lower(first) == _firstWord;
    }
}
