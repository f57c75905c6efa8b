using System.Text.Json;
using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;

namespace Yardstick.Pricing.Feeds;

/// <summary>
/// Reads LiteLLM's <c>model_prices_and_context_window.json</c>: an object whose keys are model ids and whose values
/// carry per-token costs (<c>input_cost_per_token</c>, <c>output_cost_per_token</c>, <c>cache_read_input_token_cost</c>,
/// <c>cache_creation_input_token_cost</c>, <c>output_cost_per_reasoning_token</c>, the <c>*_above_200k_tokens</c> tier),
/// limits (<c>max_tokens</c>, <c>max_input_tokens</c>, <c>max_output_tokens</c>), <c>litellm_provider</c>, <c>mode</c> and
/// <c>supports_*</c> flags. The file's <c>sample_spec</c> entry documents the schema and is no model.
/// </summary>
public static class LiteLlmFeedReader
{
    private const string Above200k = "_above_200k_tokens";

    public static FeedReadResult Read(string json, FactSource source)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = FeedJson.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
            throw new FormatException("A LiteLLM price file is a JSON object of model id → prices.");
        var models = new List<FeedModel>();
        var problems = new List<string>();
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            if (entry.Name == "sample_spec")
                continue;
            if (entry.Value.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{entry.Name}: not an object of prices");
                continue;
            }
            models.Add(Model(entry.Name, entry.Value, source));
        }
        return new FeedReadResult(models, problems);
    }

    private static FeedModel Model(string id, JsonElement e, FactSource source)
    {
        var input = PerToken.PerMillion(e, "input_cost_per_token");
        var tierInput = PerToken.PerMillion(e, "input_cost_per_token" + Above200k);
        var tierCached = PerToken.PerMillion(e, "cache_read_input_token_cost" + Above200k);
        var tierOutput = PerToken.PerMillion(e, "output_cost_per_token" + Above200k);
        return new FeedModel
        {
            FeedId = id,
            Price = new TokenPrice(input, PerToken.PerMillion(e, "cache_read_input_token_cost"), PerToken.PerMillion(e, "output_cost_per_token"), source)
            {
                CacheWrite = PerToken.PerMillion(e, "cache_creation_input_token_cost"),
                Reasoning = PerToken.PerMillion(e, "output_cost_per_reasoning_token"),
                LongContext = tierInput is null && tierCached is null && tierOutput is null
                    ? null
                    : new LongContextTier(LongContextTier.DefaultThresholdTokens, tierInput, tierCached, tierOutput),
            },
            FeedProvider = PerToken.Text(e, "litellm_provider"),
            Mode = PerToken.Text(e, "mode"),
            ContextTokens = PerToken.Tokens(e, "max_input_tokens") ?? PerToken.Tokens(e, "max_tokens"),
            MaxInputTokens = PerToken.Tokens(e, "max_input_tokens"),
            MaxOutputTokens = PerToken.Tokens(e, "max_output_tokens"),
            Supports = e.EnumerateObject()
                .Where(p => p.Name.StartsWith("supports_", StringComparison.Ordinal) && p.Value.ValueKind == JsonValueKind.True)
                .Select(p => p.Name["supports_".Length..]).Order(StringComparer.Ordinal).ToList(),
        };
    }
}
