using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class KeywordPatternTests
{
    [Fact]
    public void Keyword_is_a_case_insensitive_pattern()
    {
        Assert.Matches(KeywordPattern.Create("id", "colou?r"), "COLOR and Colour");
    }

    [Fact]
    public void Invalid_pattern_is_a_format_error_naming_the_instruction()
    {
        var error = Assert.Throws<FormatException>(() => KeywordPattern.Create("keywords:existence", "c++("));

        Assert.Contains("keywords:existence", error.Message, StringComparison.Ordinal);
    }
}
