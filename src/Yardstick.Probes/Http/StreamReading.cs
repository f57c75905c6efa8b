using Yardstick.Probes.Apis;
using System.Text.Json.Nodes;

namespace Yardstick.Probes.Http;

/// <summary>Whether a stream event carries generated output (text, reasoning or a tool call), in either API's shape.</summary>
internal static class StreamReading
{
    public static bool CarriesOutput(JsonNode data)
    {
        if (data.F("choices") is JsonArray { Count: > 0 } choices && choices[0].F("delta") is JsonObject delta)
            return NonEmpty(delta["content"]) || NonEmpty(delta["reasoning_content"]) || NonEmpty(delta["reasoning"]) || delta["tool_calls"] is JsonArray { Count: > 0 };
        if (data.F("type")?.ToString() == "content_block_delta" && data.F("delta") is JsonObject block)
            return NonEmpty(block["text"]) || NonEmpty(block["thinking"]) || NonEmpty(block["partial_json"]);
        return false;
    }

    private static bool NonEmpty(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0;
}
