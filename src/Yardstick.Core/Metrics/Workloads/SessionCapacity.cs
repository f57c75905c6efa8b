namespace Yardstick.Core.Metrics.Workloads;

/// <summary>
/// The most concurrent sessions that keep a tier, from loads tried in increasing order: the largest load such that it
/// and every smaller load tried kept the tier (a tier broken at 4 sessions and kept again at 8 is noise, not capacity).
/// Null when even the smallest load broke it.
/// </summary>
public static class SessionCapacity
{
    public static int? MaxMeeting(IReadOnlyList<(int Sessions, bool Met)> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        int? best = null;
        foreach (var (sessions, met) in levels.OrderBy(l => l.Sessions))
        {
            if (!met)
                break;
            best = sessions;
        }
        return best;
    }

    /// <summary>1, 2, 4 … doubling up to <paramref name="maximum"/>, which is always the last load tried.</summary>
    public static IReadOnlyList<int> Doubling(int maximum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, 1);
        var levels = new List<int>();
        for (var level = 1; level < maximum; level *= 2)
            levels.Add(level);
        levels.Add(maximum);
        return levels;
    }
}
