using System.Text;
using Yardstick.Local.Inference;

namespace Yardstick.Local.Tests.Inference;

public sealed class CompletionStreamShaperTests
{
    [Fact]
    public void Each_delta_counts_the_tokens_sampled_since_the_previous_one()
    {
        // Given a character split over two tokens (é = C3 A9), then a plain token
        var shaper = new CompletionStreamShaper([], startsInThink: false);

        // When the first half arrives, nothing is visible yet
        Assert.Null(shaper.Push([0xC3], 10));

        // Then the token completing it carries both tokens, and the next carries one
        var first = shaper.Push([0xA9], 20)!;
        Assert.Equal(("é", 2, 20L), (first.Content, first.TokenCount, first.Timestamp));
        var second = shaper.Push("ok"u8, 30)!;
        Assert.Equal(("ok", 1), (second.Content, second.TokenCount));
        Assert.Equal(3, shaper.CompletionTokens);
    }

    [Fact]
    public void Think_blocks_become_reasoning_and_their_tokens_are_counted_as_reasoning()
    {
        // Given a model that writes <think>…</think> before its answer, one piece per token
        var shaper = new CompletionStreamShaper([], startsInThink: false);
        string[] pieces = ["<think>", "let me", " see", "</think>", "Answer", ": 4"];

        // When the pieces are pushed
        var deltas = pieces.Select((p, i) => shaper.Push(Encoding.UTF8.GetBytes(p), i)).Where(d => d is not null).ToList();

        // Then reasoning and answer are split, and the four tokens of the block count as reasoning
        Assert.Equal("let me see", string.Concat(deltas.Select(d => d!.Reasoning)));
        Assert.Equal("Answer: 4", string.Concat(deltas.Select(d => d!.Content)));
        Assert.Equal(4, shaper.ReasoningTokens);
        Assert.Equal(6, shaper.CompletionTokens);
        Assert.Equal(6, deltas.Sum(d => d!.TokenCount));
    }

    [Fact]
    public void A_prompt_that_opens_the_think_block_starts_in_reasoning()
    {
        var shaper = new CompletionStreamShaper([], startsInThink: true);

        var reasoning = shaper.Push("hmm"u8, 1)!;
        shaper.Push("</think>"u8, 2);
        var answer = shaper.Push("yes"u8, 3)!;

        Assert.Equal(("hmm", (string?)null), (reasoning.Reasoning, reasoning.Content));
        Assert.Equal("yes", answer.Content);
        Assert.Equal(2, answer.TokenCount);
    }

    [Fact]
    public void A_stop_sequence_ends_the_text_before_it()
    {
        var shaper = new CompletionStreamShaper(["\nQ:"], startsInThink: false);

        var before = shaper.Push("A: 4\n"u8, 1)!;
        var after = shaper.Push("Q: next"u8, 2);

        Assert.Equal("A: 4", before.Content);
        Assert.Null(after);
        Assert.True(shaper.Stopped);
        Assert.Null(shaper.Complete(3));
    }

    [Fact]
    public void An_incomplete_character_at_the_end_becomes_a_replacement_character()
    {
        var shaper = new CompletionStreamShaper([], startsInThink: false);
        shaper.Push("x"u8, 1);
        Assert.Null(shaper.Push([0xE6, 0xBC], 2));

        var last = shaper.Complete(3)!;

        Assert.Equal(("\uFFFD", 1), (last.Content, last.TokenCount));
    }
}
