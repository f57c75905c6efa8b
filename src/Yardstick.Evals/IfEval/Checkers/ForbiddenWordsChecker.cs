using System.Text.RegularExpressions;
using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary><c>keywords:forbidden_words</c>: none of the words occurs as a whole word (case-insensitive).</summary>
public sealed class ForbiddenWordsChecker : IInstructionChecker
{
    public const string Id = "keywords:forbidden_words";

    private readonly IReadOnlyList<Regex> _words;

    public ForbiddenWordsChecker(IReadOnlyList<string> forbiddenWords)
    {
        if (forbiddenWords.Count == 0)
            throw new FormatException($"IFEval instruction '{Id}' needs at least one forbidden word.");
        _words = [.. forbiddenWords.Distinct(StringComparer.Ordinal)
            .Select(w => KeywordPattern.Create(Id, PythonRegex.WordBoundary + w + PythonRegex.WordBoundary))];
    }

    public static ForbiddenWordsChecker Create(InstructionArguments arguments) => new(arguments.GetStringList("forbidden_words"));

    public bool IsFollowed(string response) => !_words.Any(w => w.IsMatch(response));
}
