using Yardstick.Core.Classes;

namespace Yardstick.Core.Tests.Classes;

public sealed class ComparisonClassRuleTests
{
    private static readonly Core.Catalog.ModelCard[] Catalog =
    [
        SeedCards.Open("qwen3-4b-reasoning", 4.0, reasoning: true),
        SeedCards.Open("nanbeige4.1-3b", 3.93, reasoning: true),
        SeedCards.Open("qwen3.5-4b", 4.0),
        SeedCards.Open("llama-3.2-3b", 3.2),
        SeedCards.Open("qwen3-vl-4b-reasoning", 4.44, reasoning: true),
        SeedCards.Gpt41,
    ];

    [Fact]
    public void Reasoning_model_is_compared_with_reasoning_and_non_reasoning_peers()
    {
        var peers = ComparisonClassRule.PeersOf(Catalog[0], Catalog).Select(m => m.Slug).ToList();

        Assert.Equal(["nanbeige4.1-3b", "qwen3.5-4b", "llama-3.2-3b"], peers);
    }

    [Fact]
    public void Non_reasoning_model_is_compared_only_with_non_reasoning_peers()
    {
        var peers = ComparisonClassRule.PeersOf(Catalog[2], Catalog).Select(m => m.Slug).ToList();

        Assert.Equal(["llama-3.2-3b"], peers);
    }

    [Fact]
    public void Demo_models_are_peers_of_each_other_only()
    {
        // Given two random-weight demo models of tiny size beside real tiny models
        var tiny = SeedCards.Open("yardstick-tiny", 0.001) with { Demo = true };
        var larger = SeedCards.Open("yardstick-tiny-256x6", 0.005) with { Demo = true };
        var all = Catalog.Append(tiny).Append(larger).ToList();

        // When peers are taken
        var ofReal = ComparisonClassRule.PeersOf(Catalog[2], all).Select(m => m.Slug);
        var ofDemo = ComparisonClassRule.PeersOf(tiny, all).Select(m => m.Slug);

        // Then noise never counts among a real model's peers, and the demo models meet each other
        Assert.Equal(["llama-3.2-3b"], ofReal);
        Assert.Equal(["yardstick-tiny-256x6"], ofDemo);
    }

    [Fact]
    public void Open_weights_class_names_size_and_pool()
    {
        var cls = ComparisonClassRule.Classify(Catalog[4]);

        Assert.Equal("open-small-all", cls.Key);
        Assert.Equal("Open weights, Small (4B–40B); reasoning and non-reasoning models", cls.Label);
    }

    [Fact]
    public void Proprietary_class_uses_blended_price_band()
    {
        var cls = ComparisonClassRule.Classify(SeedCards.Gpt41);

        Assert.Equal(PriceBand.Premium, cls.PriceBand);
        Assert.Equal("proprietary-premium-non-reasoning", cls.Key);
    }
}
