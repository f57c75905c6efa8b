using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary>
/// <c>change_case:capital_word_frequency</c>: the number of all-capital tokens (nltk
/// <c>word_tokenize</c> tokens for which Python's <c>isupper()</c> holds) is less than / at least N.
/// </summary>
public sealed class CapitalWordFrequencyChecker(int capitalFrequency, ComparisonRelation relation) : IInstructionChecker
{
    public const string Id = "change_case:capital_word_frequency";

    public static CapitalWordFrequencyChecker Create(InstructionArguments arguments) =>
        new(arguments.GetInt("capital_frequency"), arguments.GetRelation("capital_relation"));

    public bool IsFollowed(string response) =>
        relation.Holds(WordTokenizer.Tokenize(response).Count(PythonText.IsUpper), capitalFrequency);
}
