using Yardstick.Evals.Extraction;

namespace Yardstick.Evals.Tests.Extraction;

public sealed class NumberExtractorTests
{
    [Theory]
    [InlineData("She makes $18 a day.\nAnswer: $18", "18")]
    [InlineData("Answer: 1,234 dollars", "1234")]
    [InlineData("The answer is 16 - 3 - 4 = 9 eggs.", "9")]
    [InlineData("#### 72", "72")]
    [InlineData("so it is 5\nA: 5", "5")]
    [InlineData("The final answer is $\\boxed{-3.5}$.", "-3.5")]
    [InlineData("Answer: **42**", "42")]
    [InlineData("The answer is 7.\nWait, recomputing: the answer is 8.", "8")]
    public void Reads_the_last_anchored_number(string response, string expected)
    {
        Assert.Equal(expected, NumberExtractor.Extract(response));
    }

    [Fact]
    public void Unanchored_numbers_are_no_answer_strictly_but_read_loosely()
    {
        const string response = "16 - 3 - 4 = 9 and 9 * 2 = 18";

        Assert.Null(NumberExtractor.Extract(response));
        Assert.Equal("18", NumberExtractor.ExtractLoose(response));
    }

    [Theory]
    [InlineData("18", "18.00", true)]
    [InlineData("0.5", "1/2", true)]
    [InlineData("1,000", "1000", true)]
    [InlineData("18", "19", false)]
    [InlineData(null, "19", false)]
    [InlineData("abc", "19", false)]
    public void Compares_numbers_by_value(string? a, string b, bool expected)
    {
        Assert.Equal(expected, NumberExtractor.NumbersEqual(a, b));
    }
}
