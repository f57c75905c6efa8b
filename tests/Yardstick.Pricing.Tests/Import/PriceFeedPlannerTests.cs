using Yardstick.Catalog.Loading;
using Yardstick.Core.Catalog;
using Yardstick.Pricing.Feeds;
using Yardstick.Pricing.Import;
using Yardstick.Pricing.Mapping;
using Yardstick.Testing;

namespace Yardstick.Pricing.Tests.Import;

public sealed class PriceFeedPlannerTests
{
    private static readonly Lazy<IReadOnlyList<ModelCard>> Bundled = new(() => CatalogLoader.LoadDirectory(RepositoryPaths.Catalog).EnsureValid());
    private static readonly DateTimeOffset At = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly FactSource Source = new(FactSourceKind.Published, "sample");

    private static PriceFeedPlan Plan(FeedFormat format, string json) =>
        PriceFeedPlanner.Plan(format, FeedReader.Read(format, json, Source), FeedMapping.Parse(Samples.Mapping), Bundled.Value, "sample.json", At);

    [Fact]
    public void LiteLlm_prices_go_to_the_mapped_catalog_endpoints_and_the_rest_is_listed()
    {
        var plan = Plan(FeedFormat.LiteLlm, Samples.LiteLlm);

        Assert.Equal(["claude-sonnet-4.5@anthropic", "gemini-2.5-flash@google-ai-studio", "gpt-4.1@openai"],
            plan.Batch.Entries.Select(e => e.EndpointId).Order(StringComparer.Ordinal));
        Assert.Equal("litellm", plan.Batch.Feed);
        Assert.Equal(At, plan.Batch.EffectiveFromUtc);
        Assert.Equal(["mistral/mistral-large-latest"], plan.UnknownIds);
        Assert.Equal(["text-embedding-3-small"], plan.Unpriced);
        Assert.Empty(plan.MissingEndpoints);
    }

    [Fact]
    public void OpenRouter_ids_without_a_catalog_endpoint_are_listed_not_dropped()
    {
        var plan = Plan(FeedFormat.OpenRouter, Samples.OpenRouter);

        Assert.Equal(["gemini-2.5-flash@openrouter", "gpt-4.1@openrouter"], plan.Batch.Entries.Select(e => e.EndpointId).Order(StringComparer.Ordinal));
        Assert.Equal(["google/gemini-2.5-flash → gemini-2.5-flash@vertex-ai"], plan.MissingEndpoints);
        Assert.Equal(["meta-llama/llama-3.3-70b-instruct:free"], plan.Unpriced);   // free: no price, never $0
        Assert.Equal(["openrouter/auto", "acme/unmapped-model"], plan.UnknownIds);
    }

    [Fact]
    public void Entries_carry_the_catalog_provider_name_and_every_price_part()
    {
        var gemini = Plan(FeedFormat.OpenRouter, Samples.OpenRouter).Batch.Entries.Single(e => e.EndpointId == "gemini-2.5-flash@openrouter");

        Assert.Equal("OpenRouter", gemini.Provider);
        Assert.Equal("gemini-2.5-flash", gemini.ModelSlug);
        Assert.Equal(0.3833m, gemini.Price.CacheWrite!.Value.Value);
        Assert.Equal(2.5m, gemini.Price.Reasoning!.Value.Value);
    }
}
