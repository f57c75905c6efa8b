namespace Yardstick.Core.Sentences;

/// <summary>
/// The documented rule behind placement sentences. A figure's percentile rank among its peers is
/// (peers below + ½ peers equal) / peers. Bands: ≥ 0.8 well above average, ≥ 0.6 above, &gt; 0.4 about average,
/// &gt; 0.2 below, otherwise well below. Fewer than <see cref="MinimumPeers"/> peers with a figure: no sentence.
/// </summary>
public static class PlacementRule
{
    public const int MinimumPeers = 3;

    public const string Description =
        "A figure's percentile rank among its comparison class is (peers below + half the peers equal) / peers. " +
        "Rank ≥ 0.8: well above average; ≥ 0.6: above average; > 0.4: about average; > 0.2: below average; otherwise well below average. " +
        "No sentence is written when fewer than 3 peers have the figure. The median shown is the peers' median.";

    public static double PercentileRank(double value, IReadOnlyCollection<double> peers)
    {
        if (peers.Count == 0)
            throw new ArgumentException("No peers to rank against.", nameof(peers));
        var below = peers.Count(p => p < value);
        var equal = peers.Count(p => p == value);
        return (below + 0.5 * equal) / peers.Count;
    }

    public static PlacementBand Band(double percentileRank) => percentileRank switch
    {
        >= 0.8 => PlacementBand.WellAboveAverage,
        >= 0.6 => PlacementBand.AboveAverage,
        > 0.4 => PlacementBand.Average,
        > 0.2 => PlacementBand.BelowAverage,
        _ => PlacementBand.WellBelowAverage,
    };
}
