using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class TitleCheckerTests
{
    [Theory]
    [InlineData("<<Poem of Joy>>\nLa la la", true)]
    [InlineData("Text with <<a title>> inside", true)]
    [InlineData("<<   >>", false)]
    [InlineData("<<split\ntitle>>", false)]
    [InlineData("<Single>", false)]
    public void Needs_a_non_empty_title_in_double_angle_brackets(string response, bool expected)
    {
        // Given
        var checker = new TitleChecker();

        // When
        var followed = checker.IsFollowed(response);

        // Then
        Assert.Equal(expected, followed);
    }
}
