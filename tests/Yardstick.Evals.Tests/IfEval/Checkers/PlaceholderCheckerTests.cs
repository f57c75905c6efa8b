using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class PlaceholderCheckerTests
{
    [Theory]
    [InlineData("Dear [name], meet me at [address].", true)]
    [InlineData("[a][b][c]", true)]
    [InlineData("Dear [name], see you soon.", false)]
    [InlineData("No placeholders.", false)]
    public void Counts_square_bracket_placeholders(string response, bool expected)
    {
        // Given at least 2 placeholders are required
        var checker = new PlaceholderChecker(2);

        // When
        var followed = checker.IsFollowed(response);

        // Then
        Assert.Equal(expected, followed);
    }
}
