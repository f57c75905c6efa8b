namespace Yardstick.Core.Runs;

/// <summary>A run's sample count and how many of those samples failed.</summary>
public sealed record SampleCounts(int Total, int Failed);
