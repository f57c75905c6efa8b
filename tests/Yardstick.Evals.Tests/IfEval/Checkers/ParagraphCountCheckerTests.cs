using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class ParagraphCountCheckerTests
{
    [Theory]
    [InlineData("First.\n***\nSecond.\n***\nThird.", true)]
    [InlineData("***\nFirst.\n***\nSecond.\n***\nThird.\n***", true)]
    [InlineData("First.\n***\nSecond.", false)]
    [InlineData("First.\n***\n***\nSecond.\n***\nThird.", false)]
    [InlineData("First.\n\nSecond.\n\nThird.", false)]
    public void Counts_paragraphs_between_markdown_dividers(string response, bool expected)
    {
        // Given 3 paragraphs are required
        var checker = new ParagraphCountChecker(3);

        // When
        var followed = checker.IsFollowed(response);

        // Then empty ends are ignored but an empty middle paragraph fails
        Assert.Equal(expected, followed);
    }
}
