using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class EndPhraseCheckerTests
{
    [Theory]
    [InlineData("Here you go. Any other questions?", true)]
    [InlineData("\"Here you go. ANY OTHER QUESTIONS?\"\n", true)]
    [InlineData("Any other questions? Bye.", false)]
    [InlineData("Any other questions", false)]
    public void Needs_the_response_to_end_with_the_phrase(string response, bool expected)
    {
        // Given
        var checker = new EndPhraseChecker("Any other questions?");

        // When
        var followed = checker.IsFollowed(response);

        // Then case and wrapping double quotes are ignored
        Assert.Equal(expected, followed);
    }
}
