using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.Tests.IfEval.Text;

public sealed class WordTokenizerTests
{
    [Fact]
    public void Splits_each_sentence_final_period()
    {
        // Given two sentences: the Treebank rule splits a period only at the end of its input
        const string text = "It rains. WE STAY.";

        // When
        var tokens = WordTokenizer.Tokenize(text);

        // Then
        Assert.Equal(["It", "rains", ".", "WE", "STAY", "."], tokens);
    }
}
