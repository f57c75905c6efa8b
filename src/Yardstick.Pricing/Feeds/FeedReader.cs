using Yardstick.Core.Catalog;

namespace Yardstick.Pricing.Feeds;

/// <summary>Reads a feed document of either format.</summary>
public static class FeedReader
{
    public static FeedReadResult Read(FeedFormat format, string json, FactSource source) => format switch
    {
        FeedFormat.LiteLlm => LiteLlmFeedReader.Read(json, source),
        FeedFormat.OpenRouter => OpenRouterFeedReader.Read(json, source),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown feed format."),
    };

    /// <summary>The name stored with each price record: <c>litellm</c> or <c>openrouter</c>.</summary>
    public static string FeedName(FeedFormat format) => format switch
    {
        FeedFormat.LiteLlm => "litellm",
        FeedFormat.OpenRouter => "openrouter",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown feed format."),
    };
}
