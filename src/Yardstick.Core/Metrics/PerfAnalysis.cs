using Yardstick.Core.Metrics.Analysers;
using Yardstick.Core.Runs;
using Yardstick.Core.Statistics;

namespace Yardstick.Core.Metrics;

/// <summary>
/// Turns a perf run's stored samples into its <see cref="PerfSummary"/>: a pure function, so a published figure can
/// always be recomputed from the database. Warm-up samples (<see cref="IsWarmup"/>) are stored but left out. Each
/// distribution is over successful requests; failures are counted by kind, never dropped. Inter-token latency pools
/// the gaps of every request (chunk-weighted). <c>e2e_500_s</c> = median TTFT + (mean reasoning tokens + 500) / median
/// output speed.
/// </summary>
public static class PerfAnalysis
{
    /// <summary>The answer length the end-to-end figure is quoted for.</summary>
    public const int E2eAnswerTokens = 500;

    /// <summary>Analysers that fill <see cref="PerfSummary.Warnings"/>, in the order their warnings appear.</summary>
    public static IReadOnlyList<IPerfAnalyser> DefaultAnalysers { get; } =
    [
        HighErrorRateAnalyser.Default,
        TooFewTokensAnalyser.Default,
        BimodalTtftAnalyser.Default,
        PromptCacheSuspectedAnalyser.Default,
        HiddenReasoningAnalyser.Default,
        MultiTokenEventsAnalyser.Default,
        ClientOverloadAnalyser.Default,
        TokenCountDiscrepancyAnalyser.Default,
        OutputLengthMismatchAnalyser.Default,
    ];

    /// <summary>Warm-up requests are issued with negative sequence numbers: stored with the run, excluded from figures.</summary>
    public static bool IsWarmup(SampleRecord sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return sample.Sequence < 0;
    }

    public static PerfSummary Summarise(IReadOnlyList<SampleRecord> samples, string? runId = null, IReadOnlyList<IPerfAnalyser>? analysers = null,
        IReadOnlySet<string>? promptsSentBefore = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var measured = samples.Where(s => !IsWarmup(s)).ToList();
        var metrics = measured.Select(RequestMetrics.From).OfType<RequestMetrics>().ToList();
        var failed = measured.Where(s => !s.Succeeded).ToList();
        // A "successful" sample without any token event cannot be timed: it counts as failed so it is not lost.
        var untimed = measured.Count(s => s.Succeeded && s.TtftSeconds is null);
        var errors = failed.GroupBy(s => ErrorKindNames.Of(s.ErrorKind)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        if (untimed > 0)
            errors["no_tokens"] = untimed;

        var ttft = DistributionSummary.Of(metrics.Select(m => m.TtftSeconds));
        var speed = DistributionSummary.Of(metrics.Select(m => m.OutputTokensPerSecond));
        var reasoning = DistributionSummary.Of(metrics.Select(m => (double)m.ReasoningTokens));
        var summary = new PerfSummary
        {
            RunId = runId,
            Requests = new RequestCounts(metrics.Count, failed.Count + untimed, errors),
            E2e500Seconds = E2e500(ttft.P50, reasoning.Mean, speed.P50),
            TtftSeconds = ttft,
            FirstAnswerTokenSeconds = DistributionSummary.Of(metrics.Select(m => m.FirstAnswerTokenSeconds)),
            OutputTokensPerSecond = speed,
            OutputTokensPerSecondNative = DistributionSummary.Of(metrics.Select(m => m.OutputTokensPerSecondNative)),
            InterTokenLatencySeconds = DistributionSummary.Of(metrics.SelectMany(m => m.InterTokenGapsSeconds)),
            E2eLatencySeconds = DistributionSummary.Of(metrics.Select(m => m.E2eLatencySeconds)),
            ReasoningTokens = reasoning,
            OutputTokens = DistributionSummary.Of(metrics.Select(m => (double)m.OutputTokens)),
            Throughput = Throughput(measured, metrics, speed.P50),
            ClientLag = ClientLag(measured),
        };
        var context = new PerfAnalysisContext(measured, metrics, summary) { PromptsSentBefore = promptsSentBefore ?? new HashSet<string>() };
        var warnings = (analysers ?? DefaultAnalysers).SelectMany(a => a.Analyse(context)).ToList();
        return summary with { Warnings = warnings };
    }

    /// <summary>Per-user speed (median of per-request speeds) beside system speed (all tokens over the run's window).</summary>
    private static ThroughputSummary Throughput(IReadOnlyList<SampleRecord> measured, IReadOnlyList<RequestMetrics> metrics, double perUser)
    {
        var succeeded = measured.Where(s => s.Succeeded && s.TtftSeconds is not null).ToList();
        var window = RunWindow.Seconds(succeeded);
        var tokens = metrics.Sum(m => (long)m.OutputTokens);
        return new ThroughputSummary(perUser, window > 0 ? tokens / window : double.NaN, window > 0 ? succeeded.Count / window : double.NaN, tokens, window);
    }

    private static ClientLagSummary ClientLag(IReadOnlyList<SampleRecord> measured)
    {
        var details = measured.Select(s => (Sample: s, Numbers: SampleDetails.Numbers(s))).ToList();
        DistributionSummary Of(string key) => DistributionSummary.Of(details.Where(d => d.Numbers.ContainsKey(key)).Select(d => d.Numbers[key]));
        var fromSchedule = details
            .Where(d => d.Sample.Succeeded && d.Sample.TtftSeconds is not null && d.Numbers.ContainsKey(SampleDetails.ScheduleLagSeconds))
            .Select(d => d.Numbers[SampleDetails.ScheduleLagSeconds] + d.Numbers.GetValueOrDefault(SampleDetails.SendLagSeconds) + d.Sample.TtftSeconds!.Value);
        return new ClientLagSummary(Of(SampleDetails.QueueWaitSeconds), Of(SampleDetails.ScheduleLagSeconds), Of(SampleDetails.SendLagSeconds), DistributionSummary.Of(fromSchedule));
    }

    /// <summary>TTFT + thinking time + 500 / speed, thinking time = reasoning tokens / speed; null when speed is unknown.</summary>
    public static double? E2e500(double ttftSeconds, double meanReasoningTokens, double tokensPerSecond)
    {
        if (double.IsNaN(ttftSeconds) || double.IsNaN(tokensPerSecond) || tokensPerSecond <= 0)
            return null;
        var reasoning = double.IsNaN(meanReasoningTokens) ? 0 : meanReasoningTokens;
        return ttftSeconds + (reasoning + E2eAnswerTokens) / tokensPerSecond;
    }
}
