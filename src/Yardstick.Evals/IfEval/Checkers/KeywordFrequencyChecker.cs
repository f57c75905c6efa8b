using System.Text.RegularExpressions;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary><c>keywords:frequency</c>: the keyword occurs less than / at least N times (case-insensitive, substrings count).</summary>
public sealed class KeywordFrequencyChecker(string keyword, int frequency, ComparisonRelation relation) : IInstructionChecker
{
    public const string Id = "keywords:frequency";

    private readonly Regex _keyword = KeywordPattern.Create(Id, Text.PythonText.Strip(keyword));

    public static KeywordFrequencyChecker Create(InstructionArguments arguments) =>
        new(arguments.GetString("keyword"), arguments.GetInt("frequency"), arguments.GetRelation("relation"));

    public bool IsFollowed(string response) => relation.Holds(_keyword.Count(response), frequency);
}
