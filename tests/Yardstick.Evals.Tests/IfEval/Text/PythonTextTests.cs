using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.Tests.IfEval.Text;

public sealed class PythonTextTests
{
    [Theory]
    [InlineData("HELLO 123!", true)]
    [InlineData("ÉCOLE", true)]
    [InlineData("Hello", false)]
    [InlineData("123", false)]
    [InlineData("", false)]
    public void IsUpper_needs_a_cased_letter_and_no_lowercase(string value, bool expected)
    {
        Assert.Equal(expected, PythonText.IsUpper(value));
    }

    [Theory]
    [InlineData("hello 123!", true)]
    [InlineData("hello World", false)]
    [InlineData("123", false)]
    public void IsLower_needs_a_cased_letter_and_no_uppercase(string value, bool expected)
    {
        Assert.Equal(expected, PythonText.IsLower(value));
    }

    [Fact]
    public void Strip_removes_unicode_and_information_separator_whitespace()
    {
        // Given Python whitespace that .NET's Trim does not all know (\x1c is a Python space)
        var value = "\u00a0\x1c x y \u3000\n";

        // When
        var stripped = PythonText.Strip(value);

        // Then
        Assert.Equal("x y", stripped);
    }

    [Fact]
    public void SplitWhitespace_drops_empty_items()
    {
        Assert.Equal(["a", "b", "c"], PythonText.SplitWhitespace("  a \n\tb  c "));
    }

    [Fact]
    public void Strip_with_characters_removes_only_those()
    {
        Assert.Equal("<x>", PythonText.Strip("**<x>**", "*"));
    }
}
