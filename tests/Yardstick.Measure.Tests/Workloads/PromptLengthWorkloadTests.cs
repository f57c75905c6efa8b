using Yardstick.Core.Tokens;
using Yardstick.Measure.Workloads;

namespace Yardstick.Measure.Tests.Workloads;

public sealed class PromptLengthWorkloadTests
{
    [Theory]
    [InlineData(16)]
    [InlineData(20)]
    [InlineData(100)]
    [InlineData(1_000)]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void Prompts_have_exactly_the_asked_number_of_o200k_tokens(int tokens)
    {
        var workload = new PromptLengthWorkload(tokens);

        var prompt = workload.Next(0);

        Assert.Equal(tokens, O200kTokenCounter.Default.Count(prompt.Messages.Single().Content));
        Assert.Equal(tokens, prompt.InputTokensNormalised);
        Assert.Equal("user", prompt.Messages.Single().Role);
    }

    [Fact]
    public void The_shortest_prompts_are_exact_whatever_the_nonce()
    {
        // Hex nonces tokenize into very different lengths; the shortest class must still come out exact every time.
        var workload = new PromptLengthWorkload(PromptLengthWorkload.MinimumPromptTokens);

        var counts = Enumerable.Range(0, 2_000).Select(i => O200kTokenCounter.Default.Count(workload.Next(i).Messages[0].Content)).Distinct();

        Assert.Equal([PromptLengthWorkload.MinimumPromptTokens], counts);
    }

    [Theory]
    [InlineData("0123456789012345")]
    [InlineData("9a9a9a9a9a9a9a9a")]
    [InlineData("ffffffffffffffff")]
    public void Awkward_nonces_still_give_exact_short_prompts(string nonce) =>
        Assert.Equal(16, O200kTokenCounter.Default.Count(new PromptLengthWorkload(16).Build(nonce)));

    [Fact]
    public void Every_request_gets_a_fresh_prompt_that_differs_from_the_first_token_on()
    {
        // Given one workload
        var workload = new PromptLengthWorkload(1_000);

        // When 20 prompts are made
        var prompts = Enumerable.Range(0, 20).Select(workload.Next).ToList();

        // Then no two share a hash, and no two share their first 12 characters (so no prefix cache can match)
        Assert.Equal(20, prompts.Select(p => p.Sha256).Distinct().Count());
        Assert.Equal(20, prompts.Select(p => p.Messages[0].Content[..12]).Distinct().Count());
    }

    [Fact]
    public void Names_say_the_length_and_ids_the_sequence()
    {
        var workload = new PromptLengthWorkload(1_000);

        Assert.Equal("prompt-length-1000", workload.Name);
        Assert.Equal("prompt-length-1000/7", workload.Next(7).PromptId);
    }

    [Fact]
    public void Lengths_below_the_minimum_are_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PromptLengthWorkload(PromptLengthWorkload.MinimumPromptTokens - 1));
}
