using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.Tests.IfEval.Text;

public sealed class WordCounterTests
{
    [Theory]
    [InlineData("Hello, world!", 2)]
    [InlineData("don't stop", 3)]
    [InlineData("snake_case 3.14", 3)]
    [InlineData("", 0)]
    [InlineData("हिन्दी", 3)]
    public void Counts_python_word_character_runs(string text, int expected)
    {
        // When
        var count = WordCounter.Count(text);

        // Then Devanagari vowel signs are not word characters in Python's re, so "हिन्दी" is three runs
        Assert.Equal(expected, count);
    }
}
