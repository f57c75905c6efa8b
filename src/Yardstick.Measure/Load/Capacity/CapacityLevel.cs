using Yardstick.Core.Metrics;
using Yardstick.Core.Metrics.Capacity;

namespace Yardstick.Measure.Load.Capacity;

/// <summary>One measured level of a capacity search: its verdict against the objectives, and its run's figures.</summary>
/// <param name="Resumed">True when the level was measured by an earlier, interrupted invocation of the search.</param>
public sealed record CapacityLevel(LevelVerdict Verdict, PerfSummary Summary, bool Resumed);
