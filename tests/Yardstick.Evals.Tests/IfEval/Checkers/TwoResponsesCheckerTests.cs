using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class TwoResponsesCheckerTests
{
    [Theory]
    [InlineData("First answer.\n******\nSecond answer.", true)]
    [InlineData("******\nFirst.\n******\nSecond.\n******", true)]
    [InlineData("Same.\n******\nSame.", false)]
    [InlineData("One.\n******\n\n******\nTwo.", false)]
    [InlineData("Only one answer.", false)]
    [InlineData("A\n******\nB\n******\nC", false)]
    public void Needs_two_different_responses_separated_by_six_asterisks(string response, bool expected)
    {
        // Given
        var checker = new TwoResponsesChecker();

        // When
        var followed = checker.IsFollowed(response);

        // Then
        Assert.Equal(expected, followed);
    }
}
