using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;
using Yardstick.Pricing.Feeds;

namespace Yardstick.Pricing.Tests.Feeds;

public sealed class OpenRouterFeedReaderTests
{
    private static readonly FactSource Source = new(FactSourceKind.Published, "https://openrouter.ai/api/v1/models");

    private static FeedModel Model(string id) => OpenRouterFeedReader.Read(Samples.OpenRouter, Source).Models.Single(m => m.FeedId == id);

    [Theory]
    // feed id → prompt, input_cache_read, input_cache_write, completion, internal_reasoning (USD per 1M; -1 = not listed)
    [InlineData("openai/gpt-4.1", 2.0, 0.5, -1.0, 8.0, 0.0)]
    [InlineData("google/gemini-2.5-flash", 0.3, 0.075, 0.3833, 2.5, 2.5)]
    [InlineData("openrouter/auto", -1.0, -1.0, -1.0, -1.0, -1.0)]   // "-1": a variable price is no price
    [InlineData("meta-llama/llama-3.3-70b-instruct:free", 0.0, -1.0, -1.0, 0.0, 0.0)]
    public void Decimal_strings_per_token_become_prices_per_million(string id, double prompt, double cacheRead, double cacheWrite, double completion, double reasoning)
    {
        var price = Model(id).Price;

        Assert.Equal(Usd(prompt), price.Input);
        Assert.Equal(Usd(cacheRead), price.CachedInput);
        Assert.Equal(Usd(cacheWrite), price.CacheWrite);
        Assert.Equal(Usd(completion), price.Output);
        Assert.Equal(Usd(reasoning), price.Reasoning);
    }

    [Fact]
    public void Free_models_are_no_price_not_zero_dollars()
    {
        Assert.False(Model("meta-llama/llama-3.3-70b-instruct:free").Price.IsComplete);
    }

    [Fact]
    public void Context_length_request_and_image_prices_are_read()
    {
        var gemini = Model("google/gemini-2.5-flash");
        var acme = Model("acme/unmapped-model");

        Assert.Equal(1_048_576, gemini.ContextTokens);
        Assert.Equal(65_535, gemini.MaxOutputTokens);
        Assert.Equal(0.001238m, gemini.PerImageUsd);
        Assert.Equal(0.005m, acme.PerRequestUsd);
    }

    [Theory]
    [InlineData("""{"models": []}""")]
    [InlineData("[]")]
    public void A_document_without_a_data_array_is_a_format_error(string json)
    {
        Assert.Throws<FormatException>(() => OpenRouterFeedReader.Read(json, Source));
    }

    [Fact]
    public void An_item_without_an_id_is_reported()
    {
        var result = OpenRouterFeedReader.Read("""{"data": [{"pricing": {"prompt": "0.000001"}}]}""", Source);

        Assert.Empty(result.Models);
        Assert.Equal("data[0]: no id", Assert.Single(result.Problems));
    }

    private static UsdPerMillionTokens? Usd(double value) => value < 0 ? null : new UsdPerMillionTokens((decimal)value);
}
