using Yardstick.Evals.IfEval;
using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class KeywordFrequencyCheckerTests
{
    [Theory]
    [InlineData("Fish, fish and FISH.", ComparisonRelation.AtLeast, true)]
    [InlineData("Fish and fish.", ComparisonRelation.AtLeast, false)]
    [InlineData("Fish and fish.", ComparisonRelation.LessThan, true)]
    [InlineData("fish fishing fisherman", ComparisonRelation.LessThan, false)]
    public void Counts_case_insensitive_occurrences_against_the_threshold(string response, ComparisonRelation relation, bool expected)
    {
        // Given "fish" with a threshold of 3
        var checker = new KeywordFrequencyChecker(" fish ", 3, relation);

        // When
        var followed = checker.IsFollowed(response);

        // Then occurrences inside longer words count too
        Assert.Equal(expected, followed);
    }
}
