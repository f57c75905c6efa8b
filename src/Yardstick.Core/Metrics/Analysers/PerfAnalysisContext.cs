using Yardstick.Core.Runs;

namespace Yardstick.Core.Metrics.Analysers;

/// <summary>What an analyser looks at: the measured samples (warm-up excluded), the successful ones' figures, the summary.</summary>
public sealed record PerfAnalysisContext(IReadOnlyList<SampleRecord> Samples, IReadOnlyList<RequestMetrics> Metrics, PerfSummary Summary);
