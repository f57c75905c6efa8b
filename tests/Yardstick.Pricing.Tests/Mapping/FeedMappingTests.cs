using Yardstick.Pricing.Feeds;
using Yardstick.Pricing.Mapping;

namespace Yardstick.Pricing.Tests.Mapping;

public sealed class FeedMappingTests
{
    [Fact]
    public void Maps_feed_ids_per_feed_to_models_and_providers()
    {
        var mapping = FeedMapping.Parse(Samples.Mapping);

        Assert.Equal(new FeedMappingEntry("gpt-4.1", "gpt-4.1", "OpenAI"), Assert.Single(mapping.For(FeedFormat.LiteLlm, "gpt-4.1")));
        Assert.Equal("OpenRouter", Assert.Single(mapping.For(FeedFormat.OpenRouter, "openai/gpt-4.1")).Provider);
        Assert.Empty(mapping.For(FeedFormat.OpenRouter, "gpt-4.1")); // ids belong to their feed
        Assert.Equal(["OpenRouter", "Vertex AI"], mapping.For(FeedFormat.OpenRouter, "google/gemini-2.5-flash").Select(e => e.Provider));
    }

    [Theory]
    [InlineData("bedrock:\n  x: { model: a, provider: b }", "not a feed")]
    [InlineData("litellm:\n  x: { model: a }", "x.provider is required")]
    [InlineData("litellm:\n  x: { model: a, provider: b, price: 3 }", "unknown field")]
    [InlineData("litellm:\n  x: just-a-slug", "must be { model")]
    [InlineData("litellm: [a, b]", "must map feed ids")]
    [InlineData("litellm:\n  x: { model: [", "not valid YAML")]
    public void A_malformed_mapping_says_where(string yaml, string reason)
    {
        var error = Assert.Throws<FormatException>(() => FeedMapping.Parse(yaml));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_maps_nothing()
    {
        Assert.Equal(0, FeedMapping.Parse("").Count);
    }
}
