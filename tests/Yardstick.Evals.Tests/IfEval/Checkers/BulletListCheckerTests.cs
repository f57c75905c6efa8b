using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.Tests.IfEval.Checkers;

public sealed class BulletListCheckerTests
{
    [Theory]
    [InlineData("* one\n* two", true)]
    [InlineData("Intro\n- one\n  * two", true)]
    [InlineData("* one\n* two\n* three", false)]
    [InlineData("* one\n**bold** line", false)]
    [InlineData("1. one\n2. two", false)]
    public void Needs_exactly_the_number_of_bullet_lines(string response, bool expected)
    {
        // Given exactly 2 bullets are required
        var checker = new BulletListChecker(2);

        // When
        var followed = checker.IsFollowed(response);

        // Then "**" at a line start is not a bullet
        Assert.Equal(expected, followed);
    }
}
