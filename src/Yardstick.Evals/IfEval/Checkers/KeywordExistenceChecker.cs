using System.Text.RegularExpressions;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary><c>keywords:existence</c>: every keyword occurs (case-insensitive, anywhere, even inside a word).</summary>
public sealed class KeywordExistenceChecker : IInstructionChecker
{
    public const string Id = "keywords:existence";

    private readonly IReadOnlyList<Regex> _keywords;

    public KeywordExistenceChecker(IReadOnlyList<string> keywords)
    {
        if (keywords.Count == 0)
            throw new FormatException($"IFEval instruction '{Id}' needs at least one keyword.");
        _keywords = [.. keywords.Select(k => KeywordPattern.Create(Id, k))];
    }

    public static KeywordExistenceChecker Create(InstructionArguments arguments) => new(arguments.GetStringList("keywords"));

    public bool IsFollowed(string response) => _keywords.All(k => k.IsMatch(response));
}
