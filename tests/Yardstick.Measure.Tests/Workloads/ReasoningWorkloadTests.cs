using Yardstick.Measure.Workloads;

namespace Yardstick.Measure.Tests.Workloads;

public sealed class ReasoningWorkloadTests
{
    [Fact]
    public void There_are_sixty_distinct_prompts() =>
        Assert.Equal(ReasoningWorkload.PromptCount, ReasoningWorkload.Prompts.Distinct(StringComparer.Ordinal).Count());

    [Fact]
    public void Requests_cycle_through_the_prompts_in_order()
    {
        var workload = ReasoningWorkload.Default;

        Assert.Equal("reasoning-60/01", workload.Next(0).PromptId);
        Assert.Equal("reasoning-60/60", workload.Next(59).PromptId);
        Assert.Equal(workload.Next(0).Sha256, workload.Next(60).Sha256);
        Assert.Equal("reasoning-60/60", workload.Next(-1).PromptId);
    }

    [Fact]
    public void Repeats_and_warm_ups_of_a_prompt_have_distinct_epochs()
    {
        // 150 measured requests and 70 warm-ups reuse prompts; the run's sample key (PromptId, Epoch) must stay unique
        var keys = Enumerable.Range(-70, 220).Select(ReasoningWorkload.Default.Next).Select(p => (p.PromptId, p.Epoch)).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(("reasoning-60/01", 0), (ReasoningWorkload.Default.Next(0).PromptId, ReasoningWorkload.Default.Next(0).Epoch));
        Assert.Equal(2, ReasoningWorkload.Default.Next(120).Epoch);
        Assert.Equal(-1, ReasoningWorkload.Default.Next(-1).Epoch);
    }

    [Fact]
    public void Every_prompt_asks_for_an_anchored_answer() =>
        Assert.All(ReasoningWorkload.Prompts, p => Assert.Contains("Answer: <value>", p, StringComparison.Ordinal));
}
