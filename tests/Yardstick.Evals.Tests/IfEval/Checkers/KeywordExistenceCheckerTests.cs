using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class KeywordExistenceCheckerTests
{
    [Theory]
    [InlineData("The Dog barked at the cat.", true)]
    [InlineData("Dogs and catalogues", true)]
    [InlineData("The dog barked.", false)]
    [InlineData("", false)]
    public void Needs_every_keyword_anywhere_ignoring_case(string response, bool expected)
    {
        // Given keywords "dog" and "cat"
        var checker = new KeywordExistenceChecker(["dog", "cat"]);

        // When
        var followed = checker.IsFollowed(response);

        // Then substrings count, as in the official re.search
        Assert.Equal(expected, followed);
    }

    [Fact]
    public void Rejects_an_empty_keyword_list()
    {
        Assert.Throws<FormatException>(() => new KeywordExistenceChecker([]));
    }
}
