using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class QuotationCheckerTests
{
    [Theory]
    [InlineData("\"Wrapped in quotes.\"", true)]
    [InlineData("  \"Wrapped.\"\n", true)]
    [InlineData("\"", false)]
    [InlineData("\u201CCurly quotes.\u201D", false)]
    [InlineData("\"Open only.", false)]
    public void Needs_double_quotes_around_the_whole_response(string response, bool expected)
    {
        // Given
        var checker = new QuotationChecker();

        // When
        var followed = checker.IsFollowed(response);

        // Then
        Assert.Equal(expected, followed);
    }
}
