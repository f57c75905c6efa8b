using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary><c>length_constraints:number_sentences</c>: Punkt sentence count less than / at least N.</summary>
public sealed class SentenceCountChecker(int numSentences, ComparisonRelation relation) : IInstructionChecker
{
    public const string Id = "length_constraints:number_sentences";

    public static SentenceCountChecker Create(InstructionArguments arguments) =>
        new(arguments.GetInt("num_sentences"), arguments.GetRelation("relation"));

    public bool IsFollowed(string response) => relation.Holds(PunktSentenceTokenizer.Count(response), numSentences);
}
