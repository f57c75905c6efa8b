using Yardstick.Evals.Extraction;

namespace Yardstick.Evals.Tests.Extraction;

public sealed class ResponsePartsTests
{
    [Fact]
    public void Text_up_to_the_last_closing_think_tag_is_reasoning()
    {
        var parts = ResponseParts.Split("<think>The answer is B? no...</think>\nThe answer is (C).");

        Assert.Equal("The answer is (C).", parts.Answer);
        Assert.Contains("The answer is B?", parts.Reasoning, StringComparison.Ordinal);
        Assert.False(parts.UnclosedThink);
    }

    [Fact]
    public void An_unclosed_think_block_leaves_no_answer()
    {
        var parts = ResponseParts.Split("<think>Let me see. The answer is (A). Wait, maybe");

        Assert.Null(parts.Answer);
        Assert.True(parts.UnclosedThink);
    }

    [Fact]
    public void A_template_that_opened_the_think_block_itself_still_splits_at_the_closing_tag()
    {
        var parts = ResponseParts.Split("reasoning without an opening tag</think>Answer: 7");

        Assert.Equal("Answer: 7", parts.Answer);
        Assert.Equal("reasoning without an opening tag", parts.Reasoning);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData(null)]
    public void An_empty_response_is_no_answer(string? content)
    {
        Assert.Null(ResponseParts.Split(content).Answer);
    }

    [Fact]
    public void Reasoning_from_the_provider_channel_is_kept_apart()
    {
        var parts = ResponseParts.Split("Answer: 4", "2 + 2 is 4, the answer is 5? no");

        Assert.Equal("Answer: 4", parts.Answer);
        Assert.StartsWith("2 + 2", parts.Reasoning, StringComparison.Ordinal);
    }
}
