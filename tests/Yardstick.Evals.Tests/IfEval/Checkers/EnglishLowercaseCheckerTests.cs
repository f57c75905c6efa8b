using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class EnglishLowercaseCheckerTests
{
    [Theory]
    [InlineData("this is the answer to your question, and it is in english.", true)]
    [InlineData("this is the answer to your question, and It is in english.", false)]
    [InlineData("das ist nicht die antwort, die wir für dich haben.", false)]
    public void Needs_lowercase_letters_only_and_english(string response, bool expected)
    {
        // Given
        var checker = new EnglishLowercaseChecker();

        // When
        var followed = checker.IsFollowed(response);

        // Then
        Assert.Equal(expected, followed);
    }
}
