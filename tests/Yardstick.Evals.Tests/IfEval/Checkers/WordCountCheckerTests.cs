using Yardstick.Evals.IfEval;
using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class WordCountCheckerTests
{
    [Theory]
    [InlineData("one two three four", ComparisonRelation.AtLeast, true)]
    [InlineData("don't stop now", ComparisonRelation.AtLeast, true)]
    [InlineData("don't stop", ComparisonRelation.AtLeast, false)]
    [InlineData("one two three", ComparisonRelation.AtLeast, false)]
    [InlineData("one two three", ComparisonRelation.LessThan, true)]
    [InlineData("one, two; three! four", ComparisonRelation.LessThan, false)]
    public void Counts_word_character_runs(string response, ComparisonRelation relation, bool expected)
    {
        // Given a threshold of 4 words
        var checker = new WordCountChecker(4, relation);

        // When
        var followed = checker.IsFollowed(response);

        // Then "don't" is two runs, as in nltk's \w+ tokenizer
        Assert.Equal(expected, followed);
    }
}
