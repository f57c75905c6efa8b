using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Yardstick.Probes.Tests.Fakes;

/// <summary>Reads what a probe sent, for fake behaviours: the last user text, a field's presence.</summary>
public static partial class Requests
{
    public static string LastUserText(JsonObject body)
    {
        var last = body["messages"]!.AsArray().Last(m => m!["role"]!.GetValue<string>() == "user")!;
        return last["content"] is JsonValue text ? text.GetValue<string>() : string.Concat(last["content"]!.AsArray().Select(p => p!["text"]?.GetValue<string>()));
    }

    public static string? System(JsonObject body) =>
        body["messages"]!.AsArray().FirstOrDefault(m => m!["role"]!.GetValue<string>() == "system")?["content"]?.GetValue<string>();

    /// <summary>The cities a weather question names ("in Paris", "in Tokyo and in Lima").</summary>
    public static IReadOnlyList<string> Cities(string text) => City().Matches(text).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex(@"\bin ([A-Z][a-z]+)")]
    private static partial Regex City();
}
