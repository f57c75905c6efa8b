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

    [Fact]
    public void Measured_self_hosting_costs_are_placed_and_named_as_such()
    {
        // Given four tiny open models with no list price, three of them with measured costs (blended 0.5, 1, 2, 4)
        var models = new[] { "a", "b", "c", "d" }.Select(s => PriceQuoteTests.SelfHosted(s)).ToList();
        var measured = new Dictionary<string, ModelMeasurements>
        {
            ["a"] = ModelMeasurements.None with { SelfHosting = PriceQuoteTests.Measured(0.2m, 1.4m, "perf-a") },
            ["b"] = ModelMeasurements.None with { SelfHosting = PriceQuoteTests.Measured(1m, 1m) },
            ["c"] = ModelMeasurements.None with { SelfHosting = PriceQuoteTests.Measured(2m, 2m) },
            ["d"] = ModelMeasurements.None with { SelfHosting = PriceQuoteTests.Measured(4m, 4m) },
        };

        var price = ModelPlacements.For(models[0], models, measured).Single(p => p.Placement.Metric == PlacementMetric.Price);

        Assert.Equal("a's blended measured self-hosting cost at $2.50/h (1x L40S) (run perf-a) ($0.50) is very cheap among comparable models (peer median $2.00, 3 peers).", price.Sentence);
    }
}
