using Yardstick.Core.Metrics.Capacity;

namespace Yardstick.Measure.Load.Capacity;

/// <summary>A finished capacity search: its id, the levels in the order they were measured, and the frontier.</summary>
public sealed record CapacitySearchResult(string SearchId, CapacityMode Mode, LoadSlo Slo, IReadOnlyList<CapacityLevel> Levels, CapacityFrontier Frontier)
{
    /// <summary>The level whose queue grew without bound, when one did: the search went no higher.</summary>
    public CapacityLevel? Saturated => Levels.FirstOrDefault(l => l.Verdict.Saturation.Saturated);
}
