namespace Yardstick.Core.Metrics;

/// <summary>
/// The end-to-end time for a 500-token answer split into its three parts (DESIGN.md §2): waiting for the first token
/// (TTFT), thinking (mean reasoning tokens / output speed) and the answer itself (500 / output speed). The parts add up to
/// <see cref="PerfSummary.E2e500Seconds"/>.
/// </summary>
public sealed record E2e500Breakdown(double TtftSeconds, double ThinkingSeconds, double AnswerSeconds)
{
    public double TotalSeconds => TtftSeconds + ThinkingSeconds + AnswerSeconds;

    /// <summary>The parts from a run's medians; null when its speed is unknown (the same rule as <see cref="PerfAnalysis.E2e500"/>).</summary>
    public static E2e500Breakdown? Of(PerfSummary summary)
    {
        var speed = summary.OutputTokensPerSecond.P50;
        var ttft = summary.TtftSeconds.P50;
        if (PerfAnalysis.E2e500(ttft, summary.ReasoningTokens.Mean, speed) is null)
            return null;
        var reasoning = double.IsNaN(summary.ReasoningTokens.Mean) ? 0 : summary.ReasoningTokens.Mean;
        return new E2e500Breakdown(ttft, reasoning / speed, PerfAnalysis.E2eAnswerTokens / speed);
    }
}
