using System.Text.Json;
using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;

namespace Yardstick.Pricing.Feeds;

/// <summary>
/// Reads OpenRouter's <c>GET /api/v1/models</c> answer: <c>{"data": [{"id", "context_length", "pricing": {"prompt",
/// "completion", "input_cache_read", "input_cache_write", "internal_reasoning", "request", "image"}}]}</c>, prices as
/// decimal strings in USD per token (per request / per image for the last two).
/// </summary>
public static class OpenRouterFeedReader
{
    public static FeedReadResult Read(string json, FactSource source)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = FeedJson.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("data", out var data)
            || data.ValueKind != JsonValueKind.Array)
            throw new FormatException("An OpenRouter models answer is a JSON object with a \"data\" array.");
        var models = new List<FeedModel>();
        var problems = new List<string>();
        var index = 0;
        foreach (var item in data.EnumerateArray())
        {
            if (PerToken.Text(item, "id") is not { Length: > 0 } id)
            {
                problems.Add($"data[{index}]: no id");
            }
            else
            {
                var pricing = item.TryGetProperty("pricing", out var p) ? p : default;
                models.Add(new FeedModel
                {
                    FeedId = id,
                    Price = new TokenPrice(PerToken.PerMillion(pricing, "prompt"), PerToken.PerMillion(pricing, "input_cache_read"),
                        PerToken.PerMillion(pricing, "completion"), source)
                    {
                        CacheWrite = PerToken.PerMillion(pricing, "input_cache_write"),
                        Reasoning = PerToken.PerMillion(pricing, "internal_reasoning"),
                    },
                    ContextTokens = PerToken.Tokens(item, "context_length"),
                    MaxOutputTokens = item.TryGetProperty("top_provider", out var top) ? PerToken.Tokens(top, "max_completion_tokens") : null,
                    PerRequestUsd = PerToken.Usd(pricing, "request"),
                    PerImageUsd = PerToken.Usd(pricing, "image"),
                });
            }
            index++;
        }
        return new FeedReadResult(models, problems);
    }
}
