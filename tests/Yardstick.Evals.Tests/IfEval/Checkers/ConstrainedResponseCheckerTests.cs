using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class ConstrainedResponseCheckerTests
{
    [Theory]
    [InlineData("My answer is yes.", true)]
    [InlineData("  Well... My answer is maybe. ", true)]
    [InlineData("My answer is no", false)]
    [InlineData("my answer is yes.", false)]
    public void Needs_one_of_the_three_exact_options(string response, bool expected)
    {
        // Given
        var checker = new ConstrainedResponseChecker();

        // When
        var followed = checker.IsFollowed(response);

        // Then
        Assert.Equal(expected, followed);
    }
}
