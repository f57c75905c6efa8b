using Yardstick.Evals.Extraction;

namespace Yardstick.Evals.Tests.Extraction;

public sealed class AnswerCleanerTests
{
    [Theory]
    [InlineData("**A**", "A")]
    [InlineData("$\\boxed{B}$.", "B")]
    [InlineData("\\text{(C)}", "(C)")]
    [InlineData("\"yes\".", "yes")]
    [InlineData("__D__ ", "D")]
    [InlineData("\\(x = 2\\)", "x = 2")]
    [InlineData("\\$5", "\\$5")]
    public void Strips_wrappers_models_put_around_answers(string value, string expected)
    {
        Assert.Equal(expected, AnswerCleaner.Clean(value));
    }
}
