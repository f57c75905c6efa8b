using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

/// <summary>Monthly cost of both models at a traffic, on each one's cheapest route.</summary>
public sealed record MonthlyCostDto(
    [property: JsonPropertyName("input_tokens")] long InputTokens,
    [property: JsonPropertyName("output_tokens")] long OutputTokens,
    [property: JsonPropertyName("a")] RouteCostDto A,
    [property: JsonPropertyName("b")] RouteCostDto B)
{
    /// <summary>Prompt tokens per request when the reader set <c>prompt_tokens</c> (it selects long-context tiers); else null.</summary>
    [JsonPropertyName("prompt_tokens")] public long? PromptTokens { get; init; }
}
