using Yardstick.Core.Runs;
using Yardstick.Evals.Definitions;
using Yardstick.Evals.Extraction;
using Yardstick.Evals.LongContext;

namespace Yardstick.Evals.Tests.Definitions;

public sealed class LongContextEvalTests
{
    [Theory]
    [InlineData(null, null, new[] { 4096, 8192, 16384, 32768 })]
    [InlineData(128000L, null, new[] { 4096, 8192, 16384, 32768, 65536, 125952 })]
    [InlineData(128000L, 20000L, new[] { 4096, 8192, 16384, 18432 })]
    [InlineData(8192L, null, new[] { 4096, 6144 })]
    [InlineData(null, 4096L, new[] { 2048 })]
    [InlineData(2048L, null, new[] { 512 })]
    [InlineData(1024L, null, new[] { 512 })]
    public void Lengths_double_from_4k_up_to_the_claimed_window_less_the_answer_budget(long? claimed, long? max, int[] expected) =>
        Assert.Equal(expected, new LongContextEval(claimedWindowTokens: claimed, maxContextTokens: max).Lengths);

    [Fact]
    public void Questions_are_deterministic_and_their_answers_are_in_the_document()
    {
        var eval = new LongContextEval(maxContextTokens: 8192 + 1224);

        var first = eval.Load().Items.Cast<LongContextItem>().ToList();
        var again = new LongContextEval(maxContextTokens: 8192 + 1224).Load().Items.Cast<LongContextItem>().ToList();

        Assert.Equal(first.Select(i => i.Prompt), again.Select(i => i.Prompt));
        Assert.Equal(16, first.Count);
        Assert.Equal([4096, 8192], first.Select(i => i.LengthTokens).Distinct().Order());
        Assert.Equal(4096, first[0].LengthTokens);
        Assert.Equal(8192, first[1].LengthTokens); // interleaved: --limit covers every length
        Assert.Equal(["multi-hop", "multi-needle", "retrieval"], first.Select(i => i.Kind).Distinct().Order());
        Assert.All(first, item => Assert.All(item.Answers, answer => Assert.Contains(answer, item.Prompt, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_window_too_small_for_4k_gets_every_question_at_512_tokens_within_the_window()
    {
        var items = new LongContextEval(claimedWindowTokens: 2048).Load().Items.Cast<LongContextItem>().ToList();

        Assert.Equal(8, items.Count);
        Assert.All(items, item => Assert.Equal(512, item.LengthTokens));
        Assert.Equal(["multi-hop", "multi-needle", "retrieval"], items.Select(i => i.Kind).Distinct().Order());
        Assert.All(items, item => Assert.All(item.Answers, answer => Assert.Contains(answer, item.Prompt, StringComparison.Ordinal)));
        Assert.All(items, item => Assert.True(Core.Tokens.O200kTokenCounter.Default.Count(item.Prompt) + 1024 <= 2048, $"{item.PromptId} does not fit"));
    }

    [Fact]
    public void A_multi_hop_answer_follows_the_parent_link()
    {
        var item = new LongContextEval(maxContextTokens: 5000).Load().Items.Cast<LongContextItem>().First(i => i.Kind == "multi-hop");
        var child = item.Prompt[(item.Prompt.IndexOf("parent company of ", StringComparison.Ordinal) + 18)..].Split('?')[0];
        var childRecord = item.Prompt.Split('\n').Single(l => l.Contains($"Company: {child}.", StringComparison.Ordinal));
        var parent = childRecord.Split("Parent company: ")[1].TrimEnd('.');
        var parentRecord = item.Prompt.Split('\n').Single(l => l.Contains($"Company: {parent}.", StringComparison.Ordinal));

        Assert.Contains(item.Answers[0], parentRecord, StringComparison.Ordinal);
    }

    [Fact]
    public void Grading_reads_the_last_answer_line()
    {
        var eval = new LongContextEval(maxContextTokens: 5000);
        var item = eval.Load().Items.Cast<LongContextItem>().First(i => i.Kind == "multi-needle");

        var right = eval.Grade(item, ResponseParts.Split($"Looking them up.\nAnswer: {string.Join(", ", item.Answers)}"));
        var wrong = eval.Grade(item, ResponseParts.Split($"Answer: {string.Join(", ", item.Answers.Reverse())}"));
        var none = eval.Grade(item, ResponseParts.Split("I cannot find them."));

        Assert.True(right.Correct);
        Assert.False(wrong.Correct);
        Assert.Null(none.ExtractedAnswer);
    }

    [Fact]
    public void Metrics_give_accuracy_per_length_and_the_effective_context_next_to_the_claimed_window()
    {
        var eval = new LongContextEval(claimedWindowTokens: 40000);
        SampleRecord Sample(int length, int index, bool correct) => new()
        {
            RunId = "r", PromptId = $"ctx-{length}/{index}", RequestStartedUtc = DateTimeOffset.UnixEpoch, Correct = correct, ExtractedAnswer = "x",
        };
        var samples = new[] { (4096, 10), (8192, 9), (16384, 5) }
            .SelectMany(p => Enumerable.Range(0, 10).Select(i => Sample(p.Item1, i, i < p.Item2))).ToList();

        var metrics = eval.Metrics(samples);

        Assert.Equal(1.0, metrics["accuracy@4096"]);
        Assert.Equal(0.5, metrics["accuracy@16384"]);
        Assert.Equal(8192, metrics["effective_context_tokens"]);
        Assert.Equal(40000, metrics["claimed_context_tokens"]);
    }
}
