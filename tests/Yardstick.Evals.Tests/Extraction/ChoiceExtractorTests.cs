using Yardstick.Evals.Extraction;

namespace Yardstick.Evals.Tests.Extraction;

public sealed class ChoiceExtractorTests
{
    private static readonly ChoiceExtractor TenOptions = new(["w", "x", "48 ft/s", "y", "z", "a", "b", "c", "d", "e"]);

    [Theory]
    [InlineData("The answer is (B).", "B")]
    [InlineData("ANSWER: **A**", "A")]
    [InlineData("**Answer:** C", "C")]
    [InlineData("**Final Answer**: (D) because of the above", "D")]
    [InlineData("So the final answer is $\\boxed{E}$.", "E")]
    [InlineData("The answer is: \n\n**F**", "F")]
    [InlineData("The answer is option G.", "G")]
    [InlineData("Answer: H) 12 apples", "H")]
    [InlineData("the answer is (i)", "I")]
    [InlineData("The answer is 48 ft/s.", "C")]
    [InlineData("The answer is J", "J")]
    [InlineData("Answer: A because the ring is trivial", "A")]
    [InlineData("Therefore the correct option is (C).", "C")]
    public void Reads_the_letter_through_wrappers(string response, string expected)
    {
        Assert.Equal(expected, TenOptions.Extract(response));
    }

    [Fact]
    public void Takes_the_last_anchored_answer_not_the_first()
    {
        const string response = "The answer is (A) for the first example.\nThe answer is (B) for the second.\nThe answer is (E)";

        Assert.Equal("E", TenOptions.Extract(response));
    }

    [Theory]
    [InlineData("The answer is (None of the above)")]
    [InlineData("The answer is not listed among the options.")]
    [InlineData("I think the best choice is clear from the above.")]
    [InlineData("The answer is I think unclear")]
    [InlineData("")]
    public void States_no_answer_rather_than_guessing_a_letter(string response)
    {
        Assert.Null(TenOptions.Extract(response));
    }

    [Fact]
    public void Letters_beyond_the_options_are_not_answers()
    {
        var fourOptions = new ChoiceExtractor(["1", "2", "3", "4"]);

        Assert.Null(fourOptions.Extract("The answer is (F)."));
        Assert.Equal("D", fourOptions.Extract("The answer is (D)."));
    }

    [Fact]
    public void Loose_reading_falls_back_to_the_last_parenthesised_letter()
    {
        const string response = "Option (A) is wrong and (C) is right.";

        Assert.Null(TenOptions.Extract(response));
        Assert.Equal("C", TenOptions.ExtractLoose(response));
        Assert.Equal("B", TenOptions.ExtractLoose("B"));
    }
}
