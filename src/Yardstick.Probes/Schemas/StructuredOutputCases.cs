using System.Text.Json.Nodes;

namespace Yardstick.Probes.Schemas;

/// <summary>
/// The structured-output schemas, in growing difficulty, all inside the subset strict mode accepts (every property
/// required, <c>additionalProperties: false</c>): flat, enum and array, nested objects in an array, and a union with a
/// nullable field.
/// </summary>
internal static class StructuredOutputCases
{
    public static IReadOnlyList<(string Name, string Prompt, JsonObject Schema)> All { get; } =
    [
        ("flat", "Invent a person: give their name and age.", Parse("""
            {"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}},"required":["name","age"],"additionalProperties":false}
            """)),
        ("enum-array", "Pick a primary colour of light and give three words you associate with it.", Parse("""
            {"type":"object","properties":{"colour":{"type":"string","enum":["red","green","blue"]},"words":{"type":"array","items":{"type":"string"}}},"required":["colour","words"],"additionalProperties":false}
            """)),
        ("nested", "Invent an order of two products for a customer named Ada (with an email address).", Parse("""
            {"type":"object","properties":{"order_id":{"type":"string"},"customer":{"type":"object","properties":{"name":{"type":"string"},"email":{"type":"string"}},"required":["name","email"],"additionalProperties":false},"items":{"type":"array","items":{"type":"object","properties":{"sku":{"type":"string"},"quantity":{"type":"integer"},"unit_price":{"type":"number"}},"required":["sku","quantity","unit_price"],"additionalProperties":false}}},"required":["order_id","customer","items"],"additionalProperties":false}
            """)),
        ("union-nullable", "Describe one geometric shape, either a circle or a rectangle, with its size; add a note or null.", Parse("""
            {"type":"object","properties":{"shape":{"anyOf":[{"type":"object","properties":{"kind":{"type":"string","enum":["circle"]},"radius":{"type":"number"}},"required":["kind","radius"],"additionalProperties":false},{"type":"object","properties":{"kind":{"type":"string","enum":["rectangle"]},"width":{"type":"number"},"height":{"type":"number"}},"required":["kind","width","height"],"additionalProperties":false}]},"note":{"type":["string","null"]}},"required":["shape","note"],"additionalProperties":false}
            """)),
    ];

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
