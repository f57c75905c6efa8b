using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class NoCommaCheckerTests
{
    [Theory]
    [InlineData("No commas here.", true)]
    [InlineData("A Chinese comma is not an ASCII comma\uFF0C see?", true)]
    [InlineData("One, two.", false)]
    public void Fails_on_any_ascii_comma(string response, bool expected)
    {
        // Given
        var checker = new NoCommaChecker();

        // When
        var followed = checker.IsFollowed(response);

        // Then
        Assert.Equal(expected, followed);
    }
}
