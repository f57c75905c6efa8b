using System.Text.Json;
using Yardstick.Core.Metrics.Capacity;

namespace Yardstick.Core.Runs;

/// <summary>
/// The series a perf run belongs to (a capacity search, a load ladder or a sweep) and its level in it, stored in the
/// run's configuration as <c>"load_series": {"kind": "capacity", "id": "…", "key": "…", "level": 8}</c>. The runs of one
/// series share its id; <see cref="Key"/> hashes the options that make two series comparable, so that rerunning the
/// same command finds an unfinished series to resume.
/// </summary>
public sealed record LoadSeries(string Kind, string Id, string Key, double Level)
{
    public const string ConfigurationKey = "load_series";
    public const string Capacity = "capacity";
    public const string Ladder = "ladder";
    public const string Sweep = "sweep";

    /// <summary>A capacity search's objectives, stored with each level so that pages judge the levels as the search did.</summary>
    public LoadSlo? Slo { get; init; }

    /// <summary>The configuration entry a runner writes (<see cref="ConfigurationKey"/> → this).</summary>
    public IReadOnlyDictionary<string, object?> ToConfiguration() => new Dictionary<string, object?>
    {
        ["kind"] = Kind,
        ["id"] = Id,
        ["key"] = Key,
        ["level"] = Level,
        ["slo"] = Slo is { } slo ? new Dictionary<string, object?>
        {
            [LoadSlo.Ttft] = slo.TtftSeconds,
            [LoadSlo.InterTokenLatency] = slo.InterTokenLatencySeconds,
            [LoadSlo.E2eLatency] = slo.E2eLatencySeconds,
            [LoadSlo.ErrorRate] = slo.MaxErrorRate,
            ["percentile"] = slo.Percentile,
        } : null,
    };

    /// <summary>A new series id readable by a person and sortable by time: <c>capacity-20261202T031201Z-3f9a1c</c>.</summary>
    public static string NewId(string kind, DateTimeOffset now) =>
        $"{kind}-{now.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>The run's series; null when its configuration names none (or names it unreadably).</summary>
    public static LoadSeries? Read(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            using var document = JsonDocument.Parse(run.ConfigurationJson);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty(ConfigurationKey, out var series) || series.ValueKind != JsonValueKind.Object)
                return null;
            return Text(series, "kind") is { } kind && Text(series, "id") is { } id
                && series.TryGetProperty("level", out var level) && level.ValueKind == JsonValueKind.Number
                ? new LoadSeries(kind, id, Text(series, "key") ?? "", level.GetDouble()) { Slo = SloOf(series) }
                : null;
        }
        catch (JsonException)
        {
            // Configurations are free-form for other run kinds: one that is not JSON belongs to no series.
            return null;
        }
    }

    private static LoadSlo? SloOf(JsonElement series)
    {
        if (!series.TryGetProperty("slo", out var slo) || slo.ValueKind != JsonValueKind.Object)
            return null;
        double? Bound(string name) => slo.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
        return new LoadSlo(Bound(LoadSlo.Ttft), Bound(LoadSlo.InterTokenLatency), Bound(LoadSlo.E2eLatency), Bound(LoadSlo.ErrorRate), Bound("percentile") ?? 95);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
