using Yardstick.Evals.Extraction;

namespace Yardstick.Evals.Tests.Extraction;

public sealed class AnchoredAnswerFinderTests
{
    [Theory]
    [InlineData("The answer is 5.", AnchorKind.AnswerIs, "5.")]
    [InlineData("the final answer would be x = 3", AnchorKind.AnswerIs, "x = 3")]
    [InlineData("**Answer:** 12", AnchorKind.AnswerColon, "12")]
    [InlineData("Final Answer: \\(7\\)", AnchorKind.AnswerColon, "\\(7\\)")]
    [InlineData("so $\\boxed{\\frac{1}{2}}$", AnchorKind.Boxed, "\\frac{1}{2}")]
    [InlineData("work\n#### 72", AnchorKind.Hashes, "72")]
    public void Finds_each_kind_of_anchor(string text, AnchorKind kind, string value)
    {
        var candidate = AnchoredAnswerFinder.FindLast(text);

        Assert.NotNull(candidate);
        Assert.Equal(kind, candidate.Anchor);
        Assert.Equal(value, candidate.Text);
    }

    [Fact]
    public void A_box_inside_an_answer_sentence_is_the_last_candidate()
    {
        var candidate = AnchoredAnswerFinder.FindLast("Thus the answer is $\\boxed{42}$ apples.");

        Assert.Equal((AnchorKind.Boxed, "42"), (candidate!.Anchor, candidate.Text));
    }

    [Fact]
    public void Line_start_a_is_an_anchor_only_when_asked_for()
    {
        const string text = "A: 18";

        Assert.Null(AnchoredAnswerFinder.FindLast(text));
        Assert.Equal("18", AnchoredAnswerFinder.FindLast(text, lineStartA: true)!.Text);
    }

    [Theory]
    [InlineData("The answer isn't obvious.")]
    [InlineData("Let me find the answer.")]
    [InlineData("The answer is:\n\n\n\nnothing here")]
    public void Phrases_that_state_no_answer_are_not_anchors(string text)
    {
        Assert.Null(AnchoredAnswerFinder.FindLast(text));
    }

    [Fact]
    public void An_unclosed_box_is_skipped()
    {
        Assert.Equal("3", AnchoredAnswerFinder.FindLast("Answer: 3 and \\boxed{4")!.Text.Split(' ')[0]);
    }
}
