using Yardstick.Evals.IfEval;
using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class CapitalWordFrequencyCheckerTests
{
    [Theory]
    [InlineData("THIS IS big", ComparisonRelation.AtLeast, true)]
    [InlineData("The AI's answer is OK", ComparisonRelation.AtLeast, true)]
    [InlineData("Only ONE capital word", ComparisonRelation.AtLeast, false)]
    [InlineData("Only ONE capital word", ComparisonRelation.LessThan, true)]
    [InlineData("I DON'T know", ComparisonRelation.LessThan, false)]
    public void Counts_all_capital_tokens(string response, ComparisonRelation relation, bool expected)
    {
        // Given a threshold of 2 capital words
        var checker = new CapitalWordFrequencyChecker(2, relation);

        // When
        var followed = checker.IsFollowed(response);

        // Then clitics are split off as nltk's word_tokenize does ("AI's" -> "AI", "'s")
        Assert.Equal(expected, followed);
    }
}
