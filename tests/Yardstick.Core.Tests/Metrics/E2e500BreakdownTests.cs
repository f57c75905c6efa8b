using Yardstick.Core.Metrics;
using Yardstick.Core.Statistics;

namespace Yardstick.Core.Tests.Metrics;

public sealed class E2e500BreakdownTests
{
    private static DistributionSummary Median(double p50, double mean = double.NaN) => new(p50, p50, p50, p50, p50, p50, double.IsNaN(mean) ? p50 : mean, 10);

    private static PerfSummary Summary(double ttft, double speed, double reasoning) => new()
    {
        Requests = new RequestCounts(10, 0, new Dictionary<string, int>()),
        E2e500Seconds = PerfAnalysis.E2e500(ttft, reasoning, speed),
        TtftSeconds = Median(ttft), FirstAnswerTokenSeconds = Median(ttft), OutputTokensPerSecond = Median(speed),
        OutputTokensPerSecondNative = Median(speed), InterTokenLatencySeconds = Median(0.01), E2eLatencySeconds = Median(5),
        ReasoningTokens = Median(reasoning), OutputTokens = Median(500),
    };

    [Theory]
    [InlineData(0.5, 100, 0, 0.5, 0, 5)]        // non-reasoning: no thinking part
    [InlineData(0.2, 50, 1000, 0.2, 20, 10)]    // 1,000 reasoning tokens at 50 tokens/s think for 20 s
    public void The_parts_are_ttft_thinking_and_answer_and_add_up_to_the_published_figure(double ttft, double speed, double reasoning,
        double expectedTtft, double expectedThinking, double expectedAnswer)
    {
        var summary = Summary(ttft, speed, reasoning);

        var parts = E2e500Breakdown.Of(summary)!;

        Assert.Equal(expectedTtft, parts.TtftSeconds, 9);
        Assert.Equal(expectedThinking, parts.ThinkingSeconds, 9);
        Assert.Equal(expectedAnswer, parts.AnswerSeconds, 9);
        Assert.Equal(summary.E2e500Seconds!.Value, parts.TotalSeconds, 9);
    }

    [Fact]
    public void Without_a_speed_there_are_no_parts() =>
        Assert.Null(E2e500Breakdown.Of(Summary(0.5, double.NaN, 0)));
}
