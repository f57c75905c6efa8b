using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.Tests.IfEval.Text;

public sealed class PunktSentenceTokenizerTests
{
    [Theory]
    [InlineData("Hello world. How are you? I am fine!", 3)]
    [InlineData("No terminal punctuation\nacross two lines", 1)]
    [InlineData("Punkt knows that the periods in Mr. Smith and Johann S. Bach\ndo not mark sentence boundaries.  And sometimes sentences\ncan start with non-capitalized words.  i is a good variable\nname.", 3)]
    [InlineData("Wait... What happened?", 2)]
    [InlineData("Meet at 5 p.m. and bring food.", 1)]
    [InlineData("Steps:\n1. Mix flour.\n2. Bake it.", 4)]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    public void Counts_sentences_like_nltk_punkt(string text, int expected)
    {
        // When
        var count = PunktSentenceTokenizer.Count(text);

        // Then abbreviations and initials do not end sentences, but a list number "1." does
        Assert.Equal(expected, count);
    }

    [Fact]
    public void Closing_quotes_stay_with_their_sentence()
    {
        // Given
        const string text = "He said \"Stop.\" Then he left.";

        // When
        var sentences = PunktSentenceTokenizer.Spans(text).Select(s => text[s.Start..s.End]).ToList();

        // Then
        Assert.Equal(["He said \"Stop.\"", "Then he left."], sentences);
    }
}
