using Yardstick.Core.Metrics;

namespace Yardstick.Measure.Load;

/// <summary>One level of a sweep (concurrency, or requests per second) and the summary of the run measured at it.</summary>
public sealed record SweepPoint(double Level, PerfSummary Summary);
