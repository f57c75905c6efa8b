using Yardstick.Evals.IfEval;
using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class LetterFrequencyCheckerTests
{
    [Theory]
    [InlineData("Zebras zigzag", ComparisonRelation.AtLeast, true)]
    [InlineData("Zebra", ComparisonRelation.AtLeast, false)]
    [InlineData("Zebra", ComparisonRelation.LessThan, true)]
    [InlineData("ZZZ", ComparisonRelation.LessThan, false)]
    public void Counts_the_letter_in_either_case(string response, ComparisonRelation relation, bool expected)
    {
        // Given the letter "z" with a threshold of 3
        var checker = new LetterFrequencyChecker("Z", 3, relation);

        // When
        var followed = checker.IsFollowed(response);

        // Then
        Assert.Equal(expected, followed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ab")]
    public void Rejects_anything_but_one_character(string letter)
    {
        Assert.Throws<FormatException>(() => new LetterFrequencyChecker(letter, 1, ComparisonRelation.AtLeast));
    }
}
