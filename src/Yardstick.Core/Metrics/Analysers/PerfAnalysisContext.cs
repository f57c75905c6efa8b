using Yardstick.Core.Runs;

namespace Yardstick.Core.Metrics.Analysers;

/// <summary>What an analyser looks at: the measured samples (warm-up excluded), the successful ones' figures, the summary.</summary>
public sealed record PerfAnalysisContext(IReadOnlyList<SampleRecord> Samples, IReadOnlyList<RequestMetrics> Metrics, PerfSummary Summary)
{
    /// <summary>
    /// The prompt hashes of this run that earlier runs already sent to the same endpoint (from the stored samples, see
    /// <see cref="IRunStore.FindPromptsSentByOtherRunsAsync"/>); empty when not looked up.
    /// </summary>
    public IReadOnlySet<string> PromptsSentBefore { get; init; } = new HashSet<string>();
}
