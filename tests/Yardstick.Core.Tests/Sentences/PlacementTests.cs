using Yardstick.Core.Sentences;

namespace Yardstick.Core.Tests.Sentences;

public sealed class PlacementTests
{
    [Fact]
    public void Top_figure_is_well_above_average_with_the_peer_median()
    {
        var placement = Placement.Of(PlacementMetric.Intelligence, 20, [4, 6, 8, 10, 12]);

        Assert.NotNull(placement);
        Assert.Equal(PlacementBand.WellAboveAverage, placement.Band);
        Assert.Equal("well above average among comparable models (median 8)", placement.Phrase());
    }

    [Theory]
    [InlineData(0.95, PlacementBand.WellAboveAverage)]
    [InlineData(0.8, PlacementBand.WellAboveAverage)]
    [InlineData(0.6, PlacementBand.AboveAverage)]
    [InlineData(0.5, PlacementBand.Average)]
    [InlineData(0.4, PlacementBand.BelowAverage)]
    [InlineData(0.2, PlacementBand.WellBelowAverage)]
    public void Bands_follow_the_documented_percentile_rule(double rank, PlacementBand expected)
    {
        Assert.Equal(expected, PlacementRule.Band(rank));
    }

    [Fact]
    public void Ties_count_half()
    {
        Assert.Equal(0.5, PlacementRule.PercentileRank(5, [5, 5, 5, 5]));
    }

    [Fact]
    public void Price_uses_price_words()
    {
        var placement = Placement.Of(PlacementMetric.Price, 10, [0.1, 0.2, 0.5, 1, 2]);

        Assert.Equal("very expensive", placement!.Words);
    }

    [Fact]
    public void Too_few_peers_gives_no_sentence()
    {
        Assert.Null(Placement.Of(PlacementMetric.Intelligence, 10, [1, 2]));
    }
}
