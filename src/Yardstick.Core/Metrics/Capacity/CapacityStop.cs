namespace Yardstick.Core.Metrics.Capacity;

/// <summary>Why a capacity search ended.</summary>
public enum CapacityStop
{
    /// <summary>A passing and a failing level are adjacent (concurrency) or within the precision (rate): the frontier lies between.</summary>
    Bracketed,
    /// <summary>The search's maximum level passed: the capacity is at least that.</summary>
    MaximumPasses,
    /// <summary>The starting level already failed: the capacity is below it.</summary>
    LowestFails,
}
