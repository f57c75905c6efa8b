using Yardstick.Core.Providers;

namespace Yardstick.Core.Tests.Providers;

public sealed class ThinkTagSplitterTests
{
    private static (string Reasoning, string Answer) Feed(ThinkTagSplitter splitter, params string[] chunks)
    {
        string reasoning = "", answer = "";
        foreach (var chunk in chunks)
        {
            var (r, a) = splitter.Push(chunk);
            reasoning += r;
            answer += a;
        }
        var (fr, fa) = splitter.Flush();
        return (reasoning + fr, answer + fa);
    }

    [Fact]
    public void Splits_reasoning_from_answer()
    {
        var (reasoning, answer) = Feed(new ThinkTagSplitter(), "<think>2+2 is 4</think>The answer is 4.");

        Assert.Equal("2+2 is 4", reasoning);
        Assert.Equal("The answer is 4.", answer);
    }

    [Fact]
    public void Tags_split_across_chunks_are_recognised()
    {
        var (reasoning, answer) = Feed(new ThinkTagSplitter(), "<thi", "nk>hm", "m</th", "ink>", "Yes");

        Assert.Equal("hmm", reasoning);
        Assert.Equal("Yes", answer);
    }

    [Fact]
    public void Unclosed_think_block_is_all_reasoning()
    {
        var splitter = new ThinkTagSplitter();

        var (reasoning, answer) = Feed(splitter, "<think>still thinking");

        Assert.Equal("still thinking", reasoning);
        Assert.Equal("", answer);
        Assert.True(splitter.InThink);
    }

    [Fact]
    public void Template_that_opens_the_block_starts_in_reasoning()
    {
        var (reasoning, answer) = Feed(new ThinkTagSplitter(startsInThink: true), "plan</think>done");

        Assert.Equal("plan", reasoning);
        Assert.Equal("done", answer);
    }

    [Fact]
    public void Text_that_only_looks_like_a_tag_start_is_released_at_the_end()
    {
        var (reasoning, answer) = Feed(new ThinkTagSplitter(), "a < b and <th");

        Assert.Equal("", reasoning);
        Assert.Equal("a < b and <th", answer);
    }
}
