using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class ForbiddenWordsCheckerTests
{
    [Theory]
    [InlineData("A lovely day.", true)]
    [InlineData("Catalogues and dogmas are fine.", true)]
    [InlineData("The CAT sat.", false)]
    [InlineData("hot-dog stand", false)]
    public void Fails_when_a_forbidden_word_appears_as_a_whole_word(string response, bool expected)
    {
        // Given forbidden words "cat" and "dog"
        var checker = new ForbiddenWordsChecker(["cat", "dog"]);

        // When
        var followed = checker.IsFollowed(response);

        // Then only whole-word matches (Python \b) fail
        Assert.Equal(expected, followed);
    }
}
