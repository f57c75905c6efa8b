using System.Globalization;
using System.Text.Json;
using Yardstick.Core.Catalog;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Pricing;

/// <summary>
/// The hardware rate a perf run was measured on, stored in its configuration JSON as
/// <c>"hardware": {"hourly_usd": 2.5, "description": "1x L40S on-demand", "source": "user"}</c>.
/// </summary>
public static class RunHardware
{
    public const string ConfigurationKey = "hardware";

    /// <summary>The configuration entry a runner writes (<see cref="ConfigurationKey"/> → this).</summary>
    public static IReadOnlyDictionary<string, object?> ToConfiguration(HardwareRate hardware)
    {
        ArgumentNullException.ThrowIfNull(hardware);
        return new Dictionary<string, object?>
        {
            ["hourly_usd"] = hardware.HourlyUsd,
            ["description"] = hardware.Description,
            ["source"] = hardware.Source?.ToString(),
        };
    }

    /// <summary>The run's hardware rate; null when its configuration names none (or names it unreadably).</summary>
    public static HardwareRate? Read(RunRecord run) => FromConfiguration(run, root =>
    {
        if (!root.TryGetProperty(ConfigurationKey, out var hardware) || hardware.ValueKind != JsonValueKind.Object
            || !hardware.TryGetProperty("hourly_usd", out var hourly) || hourly.ValueKind != JsonValueKind.Number
            || !hourly.TryGetDecimal(out var usd) || usd <= 0)
            return null;
        var description = hardware.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        var source = hardware.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? FactSource.TryParse(s.GetString()) : null;
        return new HardwareRate(usd, description, source);
    });

    /// <summary>The load level a run was issued at: its <c>rate_per_s</c>, else its <c>concurrency</c>; null when neither is stated.</summary>
    public static double? LoadOf(RunRecord run) => FromConfiguration(run, root =>
    {
        foreach (var key in new[] { "rate_per_s", "concurrency" })
            if (root.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Number)
                return value.GetDouble();
        return (double?)null;
    });

    /// <summary>Reads the run's configuration object; a configuration that is not a JSON object reads as nothing.</summary>
    private static T? FromConfiguration<T>(RunRecord run, Func<JsonElement, T?> read)
    {
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            using var document = JsonDocument.Parse(run.ConfigurationJson);
            return document.RootElement.ValueKind == JsonValueKind.Object ? read(document.RootElement) : default;
        }
        catch (JsonException)
        {
            return default;
        }
    }

    internal static string Key(HardwareRate hardware) => string.Create(CultureInfo.InvariantCulture, $"{hardware.HourlyUsd}|{hardware.Description}");
}
