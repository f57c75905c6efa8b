using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class MultipleSectionsCheckerTests
{
    [Theory]
    [InlineData("SECTION 1\nIntro\nSECTION 2\nBody", true)]
    [InlineData("SECTION 1\nIntro\nSECTION 2\nBody\nSECTION 3\nEnd", true)]
    [InlineData("SECTION 1\nIntro only", false)]
    [InlineData("Section 1\nIntro\nSection 2\nBody", false)]
    [InlineData("SECTION one\nSECTION two", false)]
    public void Counts_case_sensitive_numbered_section_headers(string response, bool expected)
    {
        // Given at least 2 sections marked "SECTION X"
        var checker = new MultipleSectionsChecker("SECTION", 2);

        // When
        var followed = checker.IsFollowed(response);

        // Then
        Assert.Equal(expected, followed);
    }
}
