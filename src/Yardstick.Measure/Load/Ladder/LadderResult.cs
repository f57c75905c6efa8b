namespace Yardstick.Measure.Load.Ladder;

/// <summary>A load ladder's steps in order, and why it stopped before its top step when it did (the failing step's reason).</summary>
public sealed record LadderResult(string SeriesId, IReadOnlyList<LadderStep> Steps, string? StoppedBecause);
