using Yardstick.Evals.IfEval;
using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class SentenceCountCheckerTests
{
    [Theory]
    [InlineData("One. Two! Three?", ComparisonRelation.AtLeast, true)]
    [InlineData("One. Two!", ComparisonRelation.AtLeast, false)]
    [InlineData("One. Two!", ComparisonRelation.LessThan, true)]
    [InlineData("Mr. Smith met Dr. Jones. They talked. Then they left.", ComparisonRelation.AtLeast, true)]
    [InlineData("Mr. Smith met Dr. Jones. They talked.", ComparisonRelation.LessThan, true)]
    public void Compares_the_punkt_sentence_count(string response, ComparisonRelation relation, bool expected)
    {
        // Given a threshold of 3 sentences
        var checker = new SentenceCountChecker(3, relation);

        // When
        var followed = checker.IsFollowed(response);

        // Then abbreviations such as "Mr." do not end sentences
        Assert.Equal(expected, followed);
    }
}
