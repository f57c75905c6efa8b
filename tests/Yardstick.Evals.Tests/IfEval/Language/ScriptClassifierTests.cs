using System.Text;
using Yardstick.Evals.IfEval.Language;

namespace Yardstick.Evals.Tests.IfEval.Language;

public sealed class ScriptClassifierTests
{
    [Theory]
    [InlineData("a", "Latin")]
    [InlineData("ệ", "Latin")]
    [InlineData("ж", "Cyrillic")]
    [InlineData("ی", "Arabic")]
    [InlineData("क", "Devanagari")]
    [InlineData("ਕ", "Gurmukhi")]
    [InlineData("ಕ", "Kannada")]
    [InlineData("한", "Hangul")]
    [InlineData("の", "Kana")]
    [InlineData("学", "Han")]
    public void Classifies_letters_by_unicode_block(string letter, string expected)
    {
        // Script is internal, so the table names it
        Assert.Equal(expected, ScriptClassifier.Classify(Rune.GetRuneAt(letter, 0)).ToString());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("!")]
    [InlineData("😀")]
    public void Leaves_other_characters_unclassified(string character)
    {
        Assert.Null(ScriptClassifier.Classify(Rune.GetRuneAt(character, 0)));
    }
}
