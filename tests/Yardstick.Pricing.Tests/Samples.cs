namespace Yardstick.Pricing.Tests;

/// <summary>The sample feeds in Samples/, written to LiteLLM's and OpenRouter's published formats (no network at test time).</summary>
internal static class Samples
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name));

    public static string LiteLlm => Read("litellm-model-prices.json");

    public static string OpenRouter => Read("openrouter-models.json");

    public static string Mapping => Read("price-feeds.yaml");
}
