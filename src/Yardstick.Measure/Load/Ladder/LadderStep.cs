using Yardstick.Core.Metrics;
using Yardstick.Core.Runs;

namespace Yardstick.Measure.Load.Ladder;

/// <summary>One step of a load ladder: its streams, its run's figures and how the run ended (Failed stops the ladder).</summary>
/// <param name="Resumed">True when the step was measured by an earlier, interrupted invocation of the ladder.</param>
public sealed record LadderStep(int Concurrency, PerfSummary Summary, RunStatus Status, string? FailureReason, bool Resumed);
