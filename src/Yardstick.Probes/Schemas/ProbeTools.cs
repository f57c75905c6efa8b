using System.Text.Json.Nodes;
using Yardstick.Probes.Apis;

namespace Yardstick.Probes.Schemas;

/// <summary>The functions the tool-use probes offer: a weather lookup (city and an enum unit, both required) and a clock.</summary>
internal static class ProbeTools
{
    public static ProbeTool Weather { get; } = new("get_weather", "Get the current weather for a city.", Parse("""
        {"type":"object","properties":{"city":{"type":"string","description":"City name, e.g. Paris"},"unit":{"type":"string","enum":["celsius","fahrenheit"]}},"required":["city","unit"],"additionalProperties":false}
        """));

    public static ProbeTool Time { get; } = new("get_time", "Get the current local time in a time zone.", Parse("""
        {"type":"object","properties":{"timezone":{"type":"string","description":"IANA time zone, e.g. Europe/Paris"}},"required":["timezone"],"additionalProperties":false}
        """));

    /// <summary>A weather call is right when its arguments validate and name the expected city.</summary>
    public static (bool Ok, string Note) CheckWeather(ProbeToolCall call, string city)
    {
        if (call.Name != Weather.Name)
            return (false, $"called '{call.Name}', not {Weather.Name}");
        var (valid, note) = SchemaCheck.Validate(Weather.Parameters, call.Arguments);
        if (!valid)
            return (false, $"arguments {CaseText(call.Arguments)} {note}");
        var named = JsonNode.Parse(call.Arguments).F("city")?.ToString() ?? "";
        return named.Contains(city, StringComparison.OrdinalIgnoreCase)
            ? (true, $"{Weather.Name}({call.Arguments})")
            : (false, $"city '{named}' instead of {city}");
    }

    private static string CaseText(string text) => text.Length <= 120 ? text : text[..120] + "…";

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
