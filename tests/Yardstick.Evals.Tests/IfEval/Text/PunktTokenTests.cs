using Yardstick.Evals.IfEval.Text;

namespace Yardstick.Evals.Tests.IfEval.Text;

public sealed class PunktTokenTests
{
    [Theory]
    [InlineData("Hello", "hello")]
    [InlineData("1.", PunktToken.NumberType)]
    [InlineData("-3,000.50", PunktToken.NumberType)]
    [InlineData("U.S.", "u.s.")]
    public void Type_is_lower_cased_and_numbers_collapse(string text, string expectedType)
    {
        Assert.Equal(expectedType, new PunktToken(text).Type);
    }

    [Theory]
    [InlineData("J.", true, false)]
    [InlineData("JR.", false, false)]
    [InlineData("...", false, true)]
    [InlineData("end.", false, false)]
    public void Recognises_initials_and_ellipses(string text, bool initial, bool ellipsis)
    {
        var token = new PunktToken(text);

        Assert.Equal(initial, token.IsInitial);
        Assert.Equal(ellipsis, token.IsEllipsis);
    }

    [Fact]
    public void Sentence_period_is_dropped_from_the_type_only_at_a_break()
    {
        // Given
        var token = new PunktToken("Dogs.");

        // When the token is not a break, then when it is
        var before = token.TypeNoSentencePeriod;
        token.SentenceBreak = true;

        // Then
        Assert.Equal("dogs.", before);
        Assert.Equal("dogs", token.TypeNoSentencePeriod);
    }
}
