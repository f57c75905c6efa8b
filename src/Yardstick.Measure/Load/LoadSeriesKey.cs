using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Yardstick.Measure.Load;

/// <summary>
/// What makes two series the same measurement: endpoint, model, workload, answer length, requests per level, warm-up,
/// seed, the concurrency cap and the series' own settings (search bounds, SLOs, phase). Hashed, so that a rerun of the
/// same command finds the series it interrupted; any other change starts a new series.
/// </summary>
public static class LoadSeriesKey
{
    public static string Of(PerfRunOptions options, string kind, IReadOnlyDictionary<string, object?> settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        var workload = options.ResolveWorkload();
        var parts = new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["kind"] = kind,
            ["api_style"] = options.ApiStyle,
            ["base_url"] = options.BaseUrl,
            ["model"] = options.ModelId,
            ["workload"] = $"{workload.Name}@{workload.Version}",
            ["prompt_tokens"] = options.PromptTokens,
            ["max_tokens"] = options.MaxTokens,
            ["ignore_eos"] = options.IgnoreEos,
            ["temperature"] = options.Temperature,
            ["requests"] = options.Requests,
            ["warmup"] = options.WarmupRequests,
            ["seed"] = options.Seed,
            ["concurrency"] = options.Concurrency,
            ["phase_s"] = options.PhaseDuration?.TotalSeconds,
        };
        foreach (var (name, value) in settings)
            parts[name] = value;
        var json = JsonSerializer.Serialize(parts);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16];
    }

    /// <summary>A level as the key and the stored configuration write it (invariant, round-trippable).</summary>
    public static string Level(double level) => level.ToString("R", CultureInfo.InvariantCulture);
}
