using Yardstick.Core.Pricing;

namespace Yardstick.Core.Tests.Pricing;

public sealed class MonthlyCostTests
{
    [Fact]
    public void Cost_is_tokens_times_price_per_million()
    {
        var price = new TokenPrice(new UsdPerMillionTokens(2m), null, new UsdPerMillionTokens(8m), null);

        var cost = MonthlyCost.Compute(price, new MonthlyTraffic(10_000_000, 2_000_000));

        Assert.Equal(36m, cost.Usd); // 10 × $2 + 2 × $8
        Assert.Equal("$36.00", cost.ToString());
    }

    [Fact]
    public void Zero_listed_price_is_unavailable_never_zero_dollars()
    {
        var selfHosted = new TokenPrice(new UsdPerMillionTokens(0m), null, new UsdPerMillionTokens(0m), null);

        var cost = MonthlyCost.Compute(selfHosted, MonthlyTraffic.Default);

        Assert.False(cost.IsAvailable);
        Assert.Equal("unavailable", cost.ToString());
        Assert.Contains("no input price", cost.UnavailableReason);
    }

    [Fact]
    public void Missing_price_is_unavailable()
    {
        Assert.False(MonthlyCost.Compute(null, MonthlyTraffic.Default).IsAvailable);
        Assert.False(MonthlyCost.Compute(new TokenPrice(new UsdPerMillionTokens(1m), null, null, null), MonthlyTraffic.Default).IsAvailable);
    }

    [Fact]
    public void Cached_traffic_needs_a_cached_price()
    {
        var price = new TokenPrice(new UsdPerMillionTokens(2m), null, new UsdPerMillionTokens(8m), null);

        var cost = MonthlyCost.Compute(price, new MonthlyTraffic(1_000_000, 1_000_000, CachedInputTokens: 5_000_000));

        Assert.False(cost.IsAvailable);
    }

    // A two-tier price like Gemini 2.5 Pro's (LiteLLM's *_above_200k_tokens): the worked examples of docs/pricing.md.
    private static readonly TokenPrice Tiered = new(new UsdPerMillionTokens(1.25m), new UsdPerMillionTokens(0.31m), new UsdPerMillionTokens(10m), null)
    {
        LongContext = new LongContextTier(200_000, new UsdPerMillionTokens(2.50m), new UsdPerMillionTokens(0.625m), new UsdPerMillionTokens(15m)),
    };

    [Theory]
    [InlineData(10_000_000, 0, 2_000_000, null, 32.50, false)]       // prompt length unknown: base prices, 10 × $1.25 + 2 × $10
    [InlineData(10_000_000, 0, 2_000_000, 50_000L, 32.50, false)]    // 50k-token prompts: under the threshold, base prices
    [InlineData(10_000_000, 0, 2_000_000, 200_000L, 32.50, false)]   // exactly 200k: the tier is for prompts above it
    [InlineData(10_000_000, 0, 2_000_000, 300_000L, 55.00, true)]    // 300k-token prompts: 10 × $2.50 + 2 × $15
    [InlineData(7_000_000, 2_000_000, 1_000_000, 50_000L, 19.37, false)]  // cache-aware 7:2:1 of 10M: 7 × $1.25 + 2 × $0.31 + 1 × $10
    [InlineData(7_000_000, 2_000_000, 1_000_000, 300_000L, 33.75, true)]  // the same above 200k: 7 × $2.50 + 2 × $0.625 + 1 × $15
    public void Monthly_cost_uses_the_tier_in_force_for_the_traffics_prompt_length(long input, long cached, long output, long? promptTokens,
        double expectedUsd, bool atTier)
    {
        // Given a traffic whose requests have a known (or unknown) prompt length
        var traffic = new MonthlyTraffic(input, output, cached) { PromptTokensPerRequest = promptTokens };

        // When its monthly cost is computed at a two-tier price
        var cost = MonthlyCost.Compute(Tiered, traffic);

        // Then the prices in force for that length were used
        Assert.Equal((decimal)expectedUsd, cost.Usd);
        Assert.Equal(atTier, cost.AtLongContextTier);
    }

    [Fact]
    public void A_tier_that_lists_only_input_keeps_the_base_output_price()
    {
        var price = Tiered with { LongContext = new LongContextTier(200_000, new UsdPerMillionTokens(2.50m), null, null) };

        var cost = MonthlyCost.Compute(price, new MonthlyTraffic(10_000_000, 2_000_000) { PromptTokensPerRequest = 300_000 });

        Assert.Equal(45m, cost.Usd); // 10 × $2.50 + 2 × $10
    }

    [Theory]
    [InlineData("3:1", 10_000_000, 7_500_000, 0, 2_500_000)]
    [InlineData("2:7:1", 10_000_000, 7_000_000, 2_000_000, 1_000_000)]
    [InlineData("2:7:1", 3, 2, 1, 0)]
    public void A_blend_splits_a_monthly_total_into_input_cached_and_output(string blend, long total, long input, long cached, long output)
    {
        var traffic = MonthlyTraffic.FromBlend(total, BlendRatio.Parse(blend), promptTokensPerRequest: 4_000);

        Assert.Equal((input, cached, output), (traffic.InputTokens, traffic.CachedInputTokens, traffic.OutputTokens));
        Assert.Equal(4_000, traffic.PromptTokensPerRequest);
    }

    [Fact]
    public void The_cache_aware_blend_of_a_monthly_total_costs_what_its_parts_cost()
    {
        // 10M tokens at 7:2:1 under the cache-aware blend, 50k-token prompts: $19.37 (the worked example above)
        var cost = MonthlyCost.Compute(Tiered, MonthlyTraffic.FromBlend(10_000_000, BlendRatio.CacheAware, 50_000));

        Assert.Equal(19.37m, cost.Usd);
    }
}
