using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class JsonFormatCheckerTests
{
    [Theory]
    [InlineData("{\"a\": 1}", true)]
    [InlineData("```json\n{\"a\": [1, 2]}\n```", true)]
    [InlineData("```\n[1, 2]\n```", true)]
    [InlineData("\"just a string\"", true)]
    [InlineData("Here is the JSON: {\"a\": 1}", false)]
    [InlineData("{\"a\": 1,}", false)]
    public void Needs_the_whole_response_to_parse_as_json(string response, bool expected)
    {
        // Given
        var checker = new JsonFormatChecker();

        // When
        var followed = checker.IsFollowed(response);

        // Then a surrounding code fence is allowed, other text is not
        Assert.Equal(expected, followed);
    }
}
