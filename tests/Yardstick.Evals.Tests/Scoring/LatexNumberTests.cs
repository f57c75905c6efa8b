using Yardstick.Evals.Scoring;

namespace Yardstick.Evals.Tests.Scoring;

public sealed class LatexNumberTests
{
    [Theory]
    [InlineData("42", 42)]
    [InlineData("-3.5", -3.5)]
    [InlineData("\\frac{3}{4}", 0.75)]
    [InlineData("-\\frac{1}{2}", -0.5)]
    [InlineData("2\\sqrt{3}", 3.4641016151377544)]
    [InlineData("\\sqrt[3]{8}", 2)]
    [InlineData("2^{10}", 1024)]
    [InlineData("3\\pi", 9.42477796076938)]
    [InlineData("(1+2)\\cdot4", 12)]
    [InlineData("\\frac{\\sqrt{2}}{2}", 0.7071067811865476)]
    public void Evaluates_numeric_latex(string text, double expected)
    {
        Assert.Equal(expected, LatexNumber.TryEvaluate(text)!.Value, 9);
    }

    [Theory]
    [InlineData("x+1")]
    [InlineData("\\infty")]
    [InlineData("(1,2)")]
    [InlineData("\\frac{1}{0}")]
    [InlineData("")]
    public void Anything_else_is_not_a_number(string text)
    {
        Assert.Null(LatexNumber.TryEvaluate(text));
    }
}
