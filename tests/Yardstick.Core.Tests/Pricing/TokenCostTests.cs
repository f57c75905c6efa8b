using Yardstick.Core.Pricing;

namespace Yardstick.Core.Tests.Pricing;

public sealed class TokenCostTests
{
    private static UsdPerMillionTokens? Usd(double? value) => value is null ? null : new UsdPerMillionTokens((decimal)value.Value);

    // Claude Sonnet 4.5-like: $3 in, $0.30 cached, $3.75 cache write, $15 out; above 200k: $6 in, $0.60 cached, $22.50 out.
    private static readonly TokenPrice Sonnet = new(Usd(3), Usd(0.3), Usd(15), null)
    {
        CacheWrite = Usd(3.75),
        LongContext = new LongContextTier(200_000, Usd(6), Usd(0.6), Usd(22.5)),
    };

    [Theory]
    // input, output, cached, cache write, reasoning → expected USD
    [InlineData(100_000, 0, 0, 0, 0, 0.3)]                   // list input
    [InlineData(0, 1_000_000, 0, 0, 0, 15.0)]                // list output
    [InlineData(0, 0, 100_000, 0, 0, 0.03)]                  // cached input
    [InlineData(0, 0, 0, 100_000, 0, 0.375)]                 // cache write
    [InlineData(100_000, 10_000, 50_000, 20_000, 0, 0.54)]   // 0.3 + 0.15 + 0.015 + 0.075
    [InlineData(150_000, 1_000, 0, 0, 0, 0.465)]             // 150k prompt: base prices, 0.45 + 0.015
    public void Request_cost_is_each_token_kind_times_its_price(long input, long output, long cached, long write, long reasoning, double expected)
    {
        var cost = TokenCost.OfRequest(Sonnet, new BilledTokens(input, output, cached, write, reasoning));

        Assert.Equal((decimal)expected, cost.Usd);
    }

    [Theory]
    [InlineData(250_000, 1_000, 0, 1.5225)]     // whole request above 200k: 250k × $6 + 1k × $22.50
    [InlineData(200_000, 1_000, 0, 0.615)]      // exactly 200k is not above: 200k × $3 + 1k × $15
    [InlineData(150_000, 1_000, 60_000, 0.9585)] // cached tokens count toward the threshold: 150k × $6 + 60k × $0.60 + 1k × $22.50
    public void Long_context_tier_prices_the_whole_request_above_its_threshold(long input, long output, long cached, double expected)
    {
        var cost = TokenCost.OfRequest(Sonnet, new BilledTokens(input, output, cached));

        Assert.Equal((decimal)expected, cost.Usd);
    }

    [Fact]
    public void Totals_use_base_prices_since_a_tier_is_per_request()
    {
        var cost = TokenCost.OfTotal(Sonnet, new BilledTokens(250_000, 1_000));

        Assert.Equal(0.765m, cost.Usd); // 250k × $3 + 1k × $15
    }

    [Theory]
    [InlineData(3.5, 1_000_000, 400_000, 1.91)]  // 0.15 + 600k × $0.60 + 400k × $3.50
    [InlineData(null, 1_000_000, 400_000, 0.75)] // no reasoning price: every output token at the output price
    public void Reasoning_tokens_cost_the_reasoning_price_when_one_is_listed(double? reasoningPrice, long output, long reasoning, double expected)
    {
        var price = new TokenPrice(Usd(0.15), null, Usd(0.6), null) { Reasoning = Usd(reasoningPrice) };

        var cost = TokenCost.OfRequest(price, new BilledTokens(1_000_000, output, ReasoningTokens: reasoning));

        // 1M input × $0.15 + 600k answer × $0.60 + 400k reasoning × (reasoning price, else $0.60)
        Assert.Equal((decimal)expected, cost.Usd);
    }

    [Fact]
    public void Cache_write_without_its_own_price_costs_the_input_price()
    {
        var price = new TokenPrice(Usd(2), Usd(0.5), Usd(8), null);

        Assert.Equal(2m, TokenCost.OfRequest(price, new BilledTokens(0, 0, CacheWriteTokens: 1_000_000)).Usd);
    }

    [Theory]
    [InlineData(null, 8.0, "no input price")]
    [InlineData(0.0, 8.0, "no input price")]   // a listed $0 is "no price"
    [InlineData(2.0, null, "no output price")]
    [InlineData(2.0, 0.0, "no output price")]
    public void Missing_or_zero_prices_are_unavailable_never_zero_dollars(double? input, double? output, string reason)
    {
        var cost = TokenCost.OfRequest(new TokenPrice(Usd(input), null, Usd(output), null), new BilledTokens(1000, 1000));

        Assert.False(cost.IsAvailable);
        Assert.Contains(reason, cost.UnavailableReason);
    }

    [Fact]
    public void Cached_tokens_without_a_cached_price_are_unavailable()
    {
        var cost = TokenCost.OfRequest(new TokenPrice(Usd(2), null, Usd(8), null), new BilledTokens(0, 0, CachedInputTokens: 10));

        Assert.Contains("cached-input", cost.UnavailableReason);
    }
}
