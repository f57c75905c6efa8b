using Yardstick.Core.Pages;
using Yardstick.Core.Sentences;

namespace Yardstick.Core.Tests.Pages;

public sealed class ModelPlacementsTests
{
    private static readonly Dictionary<string, ModelMeasurements> NoRuns = [];

    [Fact]
    public void Blended_price_is_placed_among_at_least_three_peers_with_their_median()
    {
        // Given GPT-4.1 (blended 3.5) and three premium non-reasoning peers at 2, 5 and 6
        var all = new[]
        {
            SeedCards.Gpt41, SeedCards.Proprietary("p2", 2m, 2m), SeedCards.Proprietary("p5", 5m, 5m), SeedCards.Proprietary("p6", 6m, 6m),
        };

        // When placed
        var price = ModelPlacements.For(SeedCards.Gpt41, all, NoRuns).Single(p => p.Placement.Metric == PlacementMetric.Price);

        // Then its rank is 1/3 (below average: "cheaper than average") against a peer median of $5
        Assert.Equal(PlacementBand.BelowAverage, price.Placement.Band);
        Assert.Equal("gpt-4.1's blended price ($3.50) is cheaper than average among comparable models (peer median $5.00, 3 peers).", price.Sentence);
    }

    [Fact]
    public void Fewer_than_three_peers_give_no_sentence()
    {
        // Given only two peers
        var all = new[] { SeedCards.Gpt41, SeedCards.Proprietary("p2", 2m, 2m), SeedCards.Proprietary("p5", 5m, 5m) };

        // When placed; Then nothing is said
        Assert.Empty(ModelPlacements.For(SeedCards.Gpt41, all, NoRuns));
    }
}
