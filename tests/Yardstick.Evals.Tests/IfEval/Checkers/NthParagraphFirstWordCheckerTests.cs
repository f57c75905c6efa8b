using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class NthParagraphFirstWordCheckerTests
{
    [Theory]
    [InlineData("Intro here.\n\nSummer is warm.\n\nThe end.", true)]
    [InlineData("Intro here.\n\n\"Summer, they say, is warm.\"\n\nThe end.", true)]
    [InlineData("Intro here.\n\nWinter is cold.\n\nThe end.", false)]
    [InlineData("Intro here.\n\nSummer is warm.", false)]
    [InlineData("Intro here.\nSummer is warm.\nThe end.", false)]
    public void Needs_the_paragraph_count_and_the_first_word_of_the_nth(string response, bool expected)
    {
        // Given 3 paragraphs, the 2nd starting with "summer"
        var checker = new NthParagraphFirstWordChecker(3, 2, "Summer");

        // When
        var followed = checker.IsFollowed(response);

        // Then leading quotes and trailing punctuation are ignored
        Assert.Equal(expected, followed);
    }
}
