namespace Yardstick.Web.Charts;

/// <summary>
/// Which of a class's ranked peers a model page's bar chart draws: all of them while they fit, else the top
/// <see cref="Leaders"/> and the <see cref="Neighbours"/> either side of the model, so a page stays small in a class of
/// thousands (the rank in the summary still counts them all).
/// </summary>
internal static class PeerRows
{
    public const int Leaders = 5;
    public const int Neighbours = 10;

    /// <summary>Indexes into the ranked list (0-based, in rank order) for a model ranked <paramref name="rank"/> (1-based; 0 when unranked).</summary>
    public static IReadOnlyList<int> Shown(int count, int rank)
    {
        if (count <= Leaders + 2 * Neighbours + 1)
            return Enumerable.Range(0, count).ToList();
        var mine = rank - 1;
        return Enumerable.Range(0, count).Where(i => i < Leaders || (mine >= 0 && Math.Abs(i - mine) <= Neighbours)).ToList();
    }
}
