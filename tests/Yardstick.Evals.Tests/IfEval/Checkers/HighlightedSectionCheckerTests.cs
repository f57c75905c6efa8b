using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class HighlightedSectionCheckerTests
{
    [Theory]
    [InlineData("*one* and *two*", true)]
    [InlineData("**bold** and *italic*", true)]
    [InlineData("**bold** only", false)]
    [InlineData("*one* only", false)]
    [InlineData("* * and **  **", false)]
    [InlineData("*spans\nlines*", false)]
    public void Counts_non_empty_highlights_on_one_line(string response, bool expected)
    {
        // Given at least 2 highlights are required
        var checker = new HighlightedSectionChecker(2);

        // When
        var followed = checker.IsFollowed(response);

        // Then a **bold** span counts once: its single-asterisk matches are the empty "**" pairs
        Assert.Equal(expected, followed);
    }
}
