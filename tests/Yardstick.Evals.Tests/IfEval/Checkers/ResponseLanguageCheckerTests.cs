using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class ResponseLanguageCheckerTests
{
    [Theory]
    [InlineData("de", "Das ist nicht das, was wir uns für die Zukunft wünschen, aber es ist ein Anfang.", true)]
    [InlineData("de", "This is not what we wish for the future, but it is a start.", false)]
    [InlineData("ko", "안녕하세요, 만나서 반갑습니다.", true)]
    [InlineData("hi", "यह एक अच्छा दिन है और हम सब खुश हैं।", true)]
    [InlineData("ru", "यह एक अच्छा दिन है और हम सब खुश हैं।", false)]
    [InlineData("fr", "12345 !!! ???", true)]
    public void Compares_the_detected_language_with_the_requested_one(string language, string response, bool expected)
    {
        // Given
        var checker = new ResponseLanguageChecker(language);

        // When
        var followed = checker.IsFollowed(response);

        // Then text without letters cannot be detected and counts as followed
        Assert.Equal(expected, followed);
    }
}
