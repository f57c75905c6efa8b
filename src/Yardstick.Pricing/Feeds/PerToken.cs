using System.Globalization;
using System.Text.Json;
using Yardstick.Core.Pricing;

namespace Yardstick.Pricing.Feeds;

/// <summary>Feeds state USD per token; Yardstick keeps USD per 1M tokens.</summary>
internal static class PerToken
{
    /// <summary>
    /// A per-token price (a JSON number, or a decimal string as OpenRouter writes them) as USD per 1M tokens, rounded to
    /// 6 decimals; null when absent, not a number, or negative (OpenRouter's <c>-1</c> = variable price).
    /// </summary>
    public static UsdPerMillionTokens? PerMillion(JsonElement parent, string name) =>
        Usd(parent, name) is { } perToken ? new UsdPerMillionTokens(Math.Round(perToken * 1_000_000m, 6)) : null;

    /// <summary>A plain USD figure (per request, per image); null when absent, unreadable or negative.</summary>
    public static decimal? Usd(JsonElement parent, string name)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value))
            return null;
        decimal number;
        switch (value.ValueKind)
        {
            case JsonValueKind.Number when value.TryGetDecimal(out number):
                break;
            case JsonValueKind.Number when double.IsFinite(value.GetDouble()):
                number = (decimal)value.GetDouble();
                break;
            case JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number):
                break;
            default:
                return null;
        }
        return number < 0 ? null : number;
    }

    public static long? Tokens(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetDouble(out var d) && d > 0 && d <= long.MaxValue
            ? (long)d
            : null;

    public static string? Text(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
