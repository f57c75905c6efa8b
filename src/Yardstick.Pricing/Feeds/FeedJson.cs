using System.Text.Json;

namespace Yardstick.Pricing.Feeds;

/// <summary>Parses a feed document, turning malformed JSON into a <see cref="FormatException"/> that says so.</summary>
internal static class FeedJson
{
    public static JsonDocument Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new FormatException($"The feed is not valid JSON: {e.Message}", e);
        }
    }
}
