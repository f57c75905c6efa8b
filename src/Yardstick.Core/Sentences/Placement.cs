using System.Globalization;
using Yardstick.Core.Statistics;

namespace Yardstick.Core.Sentences;

/// <summary>A figure placed among its peers, and the sentence that says so.</summary>
public sealed record Placement(PlacementMetric Metric, double Value, double PeerMedian, int PeerCount, double PercentileRank, PlacementBand Band)
{
    public string Words => Metric.WordsFor(Band);

    /// <summary>E.g. "well above average among comparable models (median 8)".</summary>
    public string Phrase(string format = "0.##") =>
        $"{Words} among comparable models (median {PeerMedian.ToString(format, CultureInfo.InvariantCulture)})";

    /// <summary>Places a figure; null when there are too few peers to say anything honest.</summary>
    public static Placement? Of(PlacementMetric metric, double value, IReadOnlyCollection<double> peerValues)
    {
        if (peerValues.Count < PlacementRule.MinimumPeers)
            return null;
        var rank = PlacementRule.PercentileRank(value, peerValues);
        return new Placement(metric, value, Percentiles.Of(peerValues.ToArray(), 50), peerValues.Count, rank, PlacementRule.Band(rank));
    }
}
