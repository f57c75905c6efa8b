using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class RepeatPromptCheckerTests
{
    [Theory]
    [InlineData("Write a haiku about rain.\n\nDrops on the window...", true)]
    [InlineData("  write a HAIKU about rain. Drops...", true)]
    [InlineData("Sure! Write a haiku about rain.", false)]
    [InlineData("Write a haiku about snow.", false)]
    public void Needs_the_response_to_start_with_the_request(string response, bool expected)
    {
        // Given
        var checker = new RepeatPromptChecker("Write a haiku about rain. ");

        // When
        var followed = checker.IsFollowed(response);

        // Then the comparison ignores case and surrounding whitespace
        Assert.Equal(expected, followed);
    }
}
