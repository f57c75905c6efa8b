using Yardstick.Core.Metrics;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Pages;

/// <summary>A completed perf run and its summary, so that every speed figure shown links back to its run.</summary>
public sealed record PerfMeasurement(RunRecord Run, PerfSummary Summary);
