using System.Text.Json;
using System.Text.Json.Nodes;

namespace Yardstick.Probes.Apis;

/// <summary>Lenient reads of fields whose type an endpoint may get wrong: a wrong type reads as absent, never throws.</summary>
internal static class JsonRead
{
    /// <summary>A member of an object; null when the node is absent or not an object (JsonNode's indexer would throw).</summary>
    public static JsonNode? F(this JsonNode? node, string name) => node is JsonObject o ? o[name] : null;

    public static string? String(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static int? Int(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number) ? number
        : node is JsonValue d && d.GetValueKind() == JsonValueKind.Number && d.TryGetValue<double>(out var real) && real == Math.Floor(real) && Math.Abs(real) < int.MaxValue ? (int)real
        : null;

    /// <summary>A tool call's arguments as JSON text: OpenAI sends a string, some servers an object.</summary>
    public static string Arguments(JsonNode? node) => node switch
    {
        null => "",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };
}
