using Yardstick.Evals.LongContext;

namespace Yardstick.Evals.Tests.LongContext;

public sealed class ExactAnswerTests
{
    [Theory]
    [InlineData("4312", new[] { "4312" }, true)]
    [InlineData("The Velmora Holdings.", new[] { "Velmora Holdings" }, true)]
    [InlineData("1987, 1992 and 2001", new[] { "1987", "1992", "2001" }, true)]
    [InlineData("1987; 1992; 2001", new[] { "1987", "1992", "2001" }, true)]
    [InlineData("1992, 1987, 2001", new[] { "1987", "1992", "2001" }, false)]
    [InlineData("1987, 1992", new[] { "1987", "1992", "2001" }, false)]
    [InlineData("4,312", new[] { "4312" }, false)]
    [InlineData("  ilsa   BRANDT ", new[] { "Ilsa Brandt" }, true)]
    public void Compares_parts_in_order_ignoring_case_and_trimmings(string answer, string[] expected, bool matches) =>
        Assert.Equal(matches, ExactAnswer.Matches(answer, expected));
}
