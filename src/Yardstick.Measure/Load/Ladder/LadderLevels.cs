namespace Yardstick.Measure.Load.Ladder;

/// <summary>
/// The steps of a system load ladder, as hardware benchmarks climb it: 1, 2, 4 … 64 streams, then 64 more per step
/// (128, 192, 256 …) up to the maximum, which is the last step even when it is off that grid.
/// </summary>
public static class LadderLevels
{
    public const int DoublingUpTo = 64;
    public const int StepAbove = 64;

    public static IReadOnlyList<int> Of(int maximum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, 1);
        var levels = new List<int>();
        for (var level = 1; level <= Math.Min(maximum, DoublingUpTo); level *= 2)
            levels.Add(level);
        for (var level = DoublingUpTo + StepAbove; level <= maximum; level += StepAbove)
            levels.Add(level);
        if (levels[^1] != maximum)
            levels.Add(maximum);
        return levels;
    }
}
