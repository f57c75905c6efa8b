using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class PostscriptCheckerTests
{
    [Theory]
    [InlineData("P.S.", "Body.\n\nP.S. Bring snacks.", true)]
    [InlineData("P.S.", "Body.\n\np. s. bring snacks.", true)]
    [InlineData("P.S.", "Body without a postscript.", false)]
    [InlineData("P.P.S", "Body.\n\nP.P.S Call me.", true)]
    [InlineData("P.P.S", "Body.\n\nP.S. Call me.", false)]
    [InlineData("Note:", "Body.\nNOTE: keep it.", true)]
    public void Looks_for_the_marker_ignoring_case(string marker, string response, bool expected)
    {
        // Given
        var checker = new PostscriptChecker(marker);

        // When
        var followed = checker.IsFollowed(response);

        // Then
        Assert.Equal(expected, followed);
    }
}
