namespace Yardstick.Pricing.Feeds;

/// <summary>The published price-feed formats Yardstick reads.</summary>
public enum FeedFormat
{
    /// <summary>LiteLLM's <c>model_prices_and_context_window.json</c>: an object of model id → per-token costs.</summary>
    LiteLlm,
    /// <summary>OpenRouter's <c>GET /api/v1/models</c>: <c>{"data": [{id, pricing: {prompt, completion, …}, context_length}]}</c>.</summary>
    OpenRouter,
}
