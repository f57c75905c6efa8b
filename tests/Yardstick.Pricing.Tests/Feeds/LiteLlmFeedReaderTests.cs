using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;
using Yardstick.Pricing.Feeds;

namespace Yardstick.Pricing.Tests.Feeds;

public sealed class LiteLlmFeedReaderTests
{
    private static readonly FactSource Source = new(FactSourceKind.Published, "litellm-model-prices.json");

    private static FeedModel Model(string id) => LiteLlmFeedReader.Read(Samples.LiteLlm, Source).Models.Single(m => m.FeedId == id);

    [Theory]
    // feed id → input, cached, cache write, output, reasoning (USD per 1M; -1 = not listed)
    [InlineData("gpt-4.1", 2.0, 0.5, -1.0, 8.0, -1.0)]
    [InlineData("claude-sonnet-4-5-20250929", 3.0, 0.3, 3.75, 15.0, -1.0)]
    [InlineData("gemini/gemini-2.5-flash", 0.3, 0.075, -1.0, 2.5, 2.5)]
    public void Per_token_costs_become_prices_per_million(string id, double input, double cached, double write, double output, double reasoning)
    {
        var price = Model(id).Price;

        Assert.Equal(Usd(input), price.Input);
        Assert.Equal(Usd(cached), price.CachedInput);
        Assert.Equal(Usd(write), price.CacheWrite);
        Assert.Equal(Usd(output), price.Output);
        Assert.Equal(Usd(reasoning), price.Reasoning);
        Assert.Equal(Source, price.Source);
    }

    [Fact]
    public void Above_200k_costs_become_a_long_context_tier()
    {
        var tier = Model("claude-sonnet-4-5-20250929").Price.LongContext!;

        Assert.Equal(200_000, tier.ThresholdTokens);
        Assert.Equal(Usd(6), tier.Input);
        Assert.Equal(Usd(0.6), tier.CachedInput);
        Assert.Equal(Usd(22.5), tier.Output);
        Assert.Null(Model("gpt-4.1").Price.LongContext);
    }

    [Fact]
    public void Limits_provider_mode_and_supports_flags_are_read()
    {
        var gpt = Model("gpt-4.1");

        Assert.Equal("openai", gpt.FeedProvider);
        Assert.Equal("chat", gpt.Mode);
        Assert.Equal(1_047_576, gpt.MaxInputTokens);
        Assert.Equal(32_768, gpt.MaxOutputTokens);
        Assert.Equal(1_047_576, gpt.ContextTokens);
        Assert.Contains("vision", gpt.Supports);
        Assert.Contains("prompt_caching", gpt.Supports);
        Assert.DoesNotContain("pdf_input", Model("claude-sonnet-4-5-20250929").Supports); // false flags are not claims
    }

    [Fact]
    public void The_sample_spec_entry_is_no_model()
    {
        var result = LiteLlmFeedReader.Read(Samples.LiteLlm, Source);

        Assert.DoesNotContain(result.Models, m => m.FeedId == "sample_spec");
        Assert.Equal(5, result.Models.Count);
        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("{ not json")]
    public void A_document_of_another_shape_is_a_format_error(string json)
    {
        Assert.Throws<FormatException>(() => LiteLlmFeedReader.Read(json, Source));
    }

    [Fact]
    public void An_entry_that_is_not_an_object_is_reported()
    {
        var result = LiteLlmFeedReader.Read("""{"odd": 3, "ok": {"input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06}}""", Source);

        Assert.Equal("ok", Assert.Single(result.Models).FeedId);
        Assert.Contains("odd", Assert.Single(result.Problems));
    }

    private static UsdPerMillionTokens? Usd(double value) => value < 0 ? null : new UsdPerMillionTokens((decimal)value);
}
