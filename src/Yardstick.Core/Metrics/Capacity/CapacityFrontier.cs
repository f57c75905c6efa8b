using System.Text.Json.Serialization;
using Yardstick.Core.Statistics;

namespace Yardstick.Core.Metrics.Capacity;

/// <summary>
/// The result of a capacity search: the highest level measured that met every objective, the first that did not and which
/// objective it broke, and the estimated frontier: for each objective broken at the failing level, the level where the
/// straight line through its value at the passing and at the failing level reaches its bound; the lowest of those.
/// A level that failed only the saturation test has no metric to follow: the estimate is then the passing level.
/// </summary>
public sealed record CapacityFrontier(
    [property: JsonPropertyName("max_passing_level")] double? MaxPassingLevel,
    [property: JsonPropertyName("first_failing_level")] double? FirstFailingLevel,
    [property: JsonPropertyName("failing_slo")] string? FailingSlo,
    [property: JsonPropertyName("estimated_level")] double? EstimatedLevel,
    [property: JsonPropertyName("stop")] string Stop,
    [property: JsonPropertyName("saturated_level")] double? SaturatedLevel)
{
    public static CapacityFrontier Of(IReadOnlyList<LevelVerdict> measured, CapacityStop stop)
    {
        ArgumentNullException.ThrowIfNull(measured);
        var fail = measured.Where(v => !v.Passed).MinBy(v => v.Level);
        var pass = measured.Where(v => v.Passed && (fail is null || v.Level < fail.Level)).MaxBy(v => v.Level);
        var saturated = measured.Where(v => v.Saturation.Saturated).Select(v => (double?)v.Level).Min();
        return new CapacityFrontier(pass?.Level, fail?.Level, fail?.FailingSlo, Estimate(pass, fail), Name(stop), saturated);
    }

    private static double? Estimate(LevelVerdict? pass, LevelVerdict? fail)
    {
        if (pass is null || fail is null)
            return pass?.Level;
        var crossings = fail.Checks.Where(c => !c.Met)
            .Select(c => (Failing: c, Passing: pass.Checks.FirstOrDefault(p => p.Metric == c.Metric)))
            .Where(x => x.Passing is not null)
            .Select(x => LinearInterpolation.XAt(pass.Level, x.Passing!.Value, fail.Level, x.Failing.Value, x.Failing.Bound))
            .ToList();
        return crossings.Count > 0 ? crossings.Min() : pass.Level;
    }

    private static string Name(CapacityStop stop) => stop switch
    {
        CapacityStop.Bracketed => "bracketed",
        CapacityStop.MaximumPasses => "maximum_passes",
        CapacityStop.LowestFails => "lowest_fails",
        _ => throw new ArgumentOutOfRangeException(nameof(stop)),
    };
}
