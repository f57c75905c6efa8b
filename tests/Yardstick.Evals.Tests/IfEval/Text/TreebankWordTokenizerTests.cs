using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.Tests.IfEval.Text;

public sealed class TreebankWordTokenizerTests
{
    [Theory]
    [InlineData("They'll save and invest more.", new[] { "They", "'ll", "save", "and", "invest", "more", "." })]
    [InlineData("Good muffins cost $3.88\nin New York.", new[] { "Good", "muffins", "cost", "$", "3.88", "in", "New", "York", "." })]
    [InlineData("hi, my name can't hello,", new[] { "hi", ",", "my", "name", "ca", "n't", "hello", "," })]
    [InlineData("I DON'T know (really)!", new[] { "I", "DO", "N'T", "know", "(", "really", ")", "!" })]
    [InlineData("The AI's plan: \"win\"", new[] { "The", "AI", "'s", "plan", ":", "``", "win", "''" })]
    public void Splits_like_nltk_word_tokenize(string text, string[] expected)
    {
        // When
        var tokens = TreebankWordTokenizer.Tokenize(text);

        // Then
        Assert.Equal(expected, tokens);
    }
}
