using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class EnglishCapitalCheckerTests
{
    [Theory]
    [InlineData("THIS IS THE ANSWER TO YOUR QUESTION, AND IT IS IN ENGLISH.", true)]
    [InlineData("THIS IS THE ANSWER, and it is not all capitals.", false)]
    [InlineData("DAS IST NICHT DIE ANTWORT, DIE WIR FÜR DICH HABEN.", false)]
    [InlineData("12345", false)]
    public void Needs_capital_letters_only_and_english(string response, bool expected)
    {
        // Given
        var checker = new EnglishCapitalChecker();

        // When
        var followed = checker.IsFollowed(response);

        // Then text without cased letters is not upper case (Python isupper)
        Assert.Equal(expected, followed);
    }
}
