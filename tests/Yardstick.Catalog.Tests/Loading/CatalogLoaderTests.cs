using Yardstick.Catalog.Loading;

namespace Yardstick.Catalog.Tests.Loading;

public sealed class CatalogLoaderTests
{
    private const string Valid = """
        slug: qwen3-4b-reasoning
        name: Qwen3 4B (Reasoning)
        creator: Alibaba
        release_date: 2025-04-29
        parameters_total_b: 4.0
        context_window_tokens: 32768
        modalities: { input: [text], output: [text] }
        licence: Apache 2.0
        open_weights: true
        knowledge_cutoff: 2024-10
        reasoning: true
        capabilities: { reasoning: true, function_calling: true }
        published_scores:
          - { benchmark: mmlu-pro, value: 70.4 }
        endpoints:
          - provider: Self-hosted (vLLM)
            api_style: openai-chat
            base_url: http://127.0.0.1:8000/v1
            model_id: Qwen/Qwen3-4B
            price: { input: 0, output: 0, source: user }
          - provider: Example Cloud
            api_style: openai-chat
            base_url: https://api.example.org/v1
            model_id: qwen3-4b
            api_key_env: EXAMPLE_API_KEY
            price: { input: 0.05, cached_input: 0.01, output: 0.2, source: "published:https://example.org/pricing" }
        sources:
          default: published:https://huggingface.co/Qwen/Qwen3-4B
          knowledge_cutoff: user
        """;

    private static CatalogLoadResult Load(params (string Name, string Yaml)[] files) => CatalogLoader.LoadFiles(files);

    [Fact]
    public void Valid_file_becomes_a_model_card_with_sources()
    {
        var result = Load(("qwen3-4b-reasoning.yaml", Valid));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var card = Assert.Single(result.Models);
        Assert.Equal("Qwen3 4B (Reasoning)", card.Name);
        Assert.Equal(4.0, card.ParametersActiveB); // dense: active defaults to total
        Assert.Equal("user", card.SourceOf("knowledge_cutoff")!.ToString());
        Assert.Equal("published:https://huggingface.co/Qwen/Qwen3-4B", card.SourceOf("release_date")!.ToString());
        Assert.Equal(2, card.Endpoints.Count);
        Assert.Equal("qwen3-4b-reasoning@example-cloud", card.Endpoints[1].Id);
        Assert.Equal(0.05m, card.HeadlinePrice!.Input!.Value.Value); // the $0 self-hosted route is no price
        Assert.Equal(70.4, Assert.Single(card.PublishedScores).Value);
    }

    [Fact]
    public void Cache_write_reasoning_long_context_and_hardware_are_read()
    {
        var yaml = Valid.Replace("price: { input: 0.05, cached_input: 0.01, output: 0.2, source:",
                "price: { input: 0.05, cached_input: 0.01, output: 0.2, cache_write: 0.0625, reasoning: 0.3, long_context: { above_tokens: 200000, input: 0.1, output: 0.4 }, source:",
                StringComparison.Ordinal)
            .Replace("price: { input: 0, output: 0, source: user }",
                "price: { input: 0, output: 0, source: user }\n    hardware: { hourly_usd: 2.50, description: 1x L40S on-demand, source: user }",
                StringComparison.Ordinal);

        var result = Load(("qwen3-4b-reasoning.yaml", yaml));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var card = Assert.Single(result.Models);
        var cloud = card.Endpoints[1].Price;
        Assert.Equal(0.0625m, cloud.CacheWrite!.Value.Value);
        Assert.Equal(0.3m, cloud.Reasoning!.Value.Value);
        Assert.Equal(200_000, cloud.LongContext!.ThresholdTokens);
        Assert.Equal(0.4m, cloud.LongContext.Output!.Value.Value);
        Assert.Null(cloud.LongContext.CachedInput);
        Assert.Equal("$2.50/h (1x L40S on-demand)", card.Endpoints[0].Hardware!.ToString());
    }

    [Theory]
    [InlineData("hardware: { hourly_usd: 0, source: user }", "endpoints[0].hardware.hourly_usd", "greater than")]
    [InlineData("hardware: { hourly_usd: 2.5 }", "endpoints[0].hardware.source", "is required")]
    [InlineData("hardware: { hourly_usd: 2.5, gpu: L40S, source: user }", "endpoints[0].hardware.gpu", "unknown field")]
    public void Bad_hardware_is_reported(string hardware, string field, string reason)
    {
        var yaml = Valid.Replace("price: { input: 0, output: 0, source: user }", "price: { input: 0, output: 0, source: user }\n    " + hardware, StringComparison.Ordinal);

        var result = Load(("qwen3-4b-reasoning.yaml", yaml));

        Assert.Contains(result.Errors, e => e.Field == field && e.Reason.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_yaml_names_the_file()
    {
        var result = Load(("broken.yaml", "slug: [unclosed\nname: x"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("broken.yaml", error.File);
        Assert.Contains("not valid YAML", error.Reason);
    }

    [Theory]
    [InlineData("context_window_tokens: 32768", "context_window_tokens: lots", "context_window_tokens", "not a positive whole number")]
    [InlineData("open_weights: true", "open_weights: maybe", "open_weights", "not true or false")]
    [InlineData("creator: Alibaba\n", "", "creator", "is required")]
    [InlineData("release_date: 2025-04-29", "release_date: April 2025", "release_date", "not a date")]
    [InlineData("api_style: openai-chat\n    base_url: https", "api_style: grpc\n    base_url: https", "endpoints[1].api_style", "is not openai-chat")]
    [InlineData("source: \"published:https://example.org/pricing\"", "source: somewhere", "endpoints[1].price.source", "is not a source")]
    [InlineData("  knowledge_cutoff: user", "  knowledge_cutoff: guess", "sources.knowledge_cutoff", "is not a source")]
    [InlineData("licence: Apache 2.0", "licence: Apache 2.0\nparams: 4", "params", "unknown field")]
    [InlineData("api_key_env: EXAMPLE_API_KEY", "api_key_env: sk-live-123", "endpoints[1].api_key_env", "environment variable name")]
    [InlineData("{ benchmark: mmlu-pro, value: 70.4 }", "{ benchmark: mmlu-pro, value: 704 }", "published_scores[0].value", "not a percentage")]
    public void Bad_field_is_reported_with_file_field_and_reason(string good, string bad, string field, string reason)
    {
        var yaml = Valid.Replace(good, bad, StringComparison.Ordinal);
        Assert.NotEqual(Valid, yaml);

        var result = Load(("qwen3-4b-reasoning.yaml", yaml));

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.File == "qwen3-4b-reasoning.yaml" && e.Field == field && e.Reason.Contains(reason, StringComparison.Ordinal));
        Assert.Empty(result.Models);
    }

    [Fact]
    public void Slug_must_match_the_file_name()
    {
        var result = Load(("other-name.yaml", Valid));

        Assert.Contains(result.Errors, e => e.Field == "slug" && e.Reason.Contains("file name", StringComparison.Ordinal));
    }

    [Fact]
    public void Open_weights_model_needs_its_parameter_count()
    {
        var result = Load(("qwen3-4b-reasoning.yaml", Valid.Replace("parameters_total_b: 4.0\n", "", StringComparison.Ordinal)));

        Assert.Contains(result.Errors, e => e.Field == "parameters_total_b");
    }

    [Fact]
    public void Successor_must_exist()
    {
        var result = Load(("qwen3-4b-reasoning.yaml", Valid.Replace("reasoning: true\n", "reasoning: true\nsuccessor: qwen9-4b\n", StringComparison.Ordinal)));

        Assert.Contains(result.Errors, e => e.Field == "successor" && e.Reason.Contains("no model", StringComparison.Ordinal));
    }

    [Fact]
    public void Variants_must_link_back()
    {
        var reasoning = Valid.Replace("reasoning: true\n", "reasoning: true\nvariants: { non_reasoning: qwen3-4b }\n", StringComparison.Ordinal);
        var plain = Valid.Replace("slug: qwen3-4b-reasoning", "slug: qwen3-4b", StringComparison.Ordinal)
            .Replace("reasoning: true\n", "reasoning: false\n", StringComparison.Ordinal);

        var unlinked = Load(("qwen3-4b-reasoning.yaml", reasoning), ("qwen3-4b.yaml", plain));
        var linked = Load(("qwen3-4b-reasoning.yaml", reasoning),
            ("qwen3-4b.yaml", plain.Replace("reasoning: false\n", "reasoning: false\nvariants: { reasoning: qwen3-4b-reasoning }\n", StringComparison.Ordinal)));

        Assert.Contains(unlinked.Errors, e => e.Field == "variants.non_reasoning" && e.Reason.Contains("points back", StringComparison.Ordinal));
        Assert.True(linked.IsValid, string.Join("\n", linked.Errors));
    }

    [Fact]
    public void Duplicate_slugs_are_rejected()
    {
        var result = Load(("qwen3-4b-reasoning.yaml", Valid), ("qwen3-4b-reasoning.yaml", Valid));

        Assert.Contains(result.Errors, e => e.Reason.Contains("used by another file", StringComparison.Ordinal));
    }

    [Fact]
    public void EnsureValid_throws_listing_every_error()
    {
        var result = Load(("a.yaml", "slug: a"));

        var error = Assert.Throws<CatalogValidationException>(() => result.EnsureValid());
        Assert.Contains("a.yaml", error.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", error.Message, StringComparison.Ordinal);
    }
}
