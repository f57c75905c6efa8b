using Yardstick.Core.Statistics;

namespace Yardstick.Core.Pages;

/// <summary>
/// A benchmark both models have a figure for, from the same kind of source (both published or both measured),
/// with the difference A − B in points and, for measured evals, its 95 % interval.
/// </summary>
public sealed record SharedBenchmark(string Benchmark, bool Measured, ScoreEntry A, ScoreEntry B, ConfidenceInterval? DifferenceCi)
{
    public double Difference => A.Value - B.Value;

    /// <summary>Which side leads: 1 for A, −1 for B, 0 for a tie or when the interval includes zero (measured).</summary>
    public int Leader => DifferenceCi is { } ci
        ? ci.ExcludesZero ? Math.Sign(ci.Estimate) : 0
        : Math.Sign(Math.Round(Difference, 6));
}
