using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary><c>length_constraints:number_words</c>: <c>\w+</c> run count less than / at least N.</summary>
public sealed class WordCountChecker(int numWords, ComparisonRelation relation) : IInstructionChecker
{
    public const string Id = "length_constraints:number_words";

    public static WordCountChecker Create(InstructionArguments arguments) =>
        new(arguments.GetInt("num_words"), arguments.GetRelation("relation"));

    public bool IsFollowed(string response) => relation.Holds(WordCounter.Count(response), numWords);
}
