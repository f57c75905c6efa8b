using System.Text.Json.Serialization;

namespace Yardstick.Core.Metrics.Capacity;

/// <summary>
/// One measured load level (streams, or requests per second) of a capacity search: its run, each objective's check and
/// the over-saturation test. It passes when every objective held and the queue did not grow without bound.
/// </summary>
public sealed record LevelVerdict(
    [property: JsonPropertyName("level")] double Level,
    [property: JsonPropertyName("run_id")] string RunId,
    [property: JsonPropertyName("checks")] IReadOnlyList<SloCheck> Checks,
    [property: JsonPropertyName("saturation")] SaturationVerdict Saturation)
{
    /// <summary>The <see cref="FailingSlo"/> of a level whose objectives held but whose queue grew without bound.</summary>
    public const string Saturated = "saturation";

    [JsonPropertyName("passed")]
    public bool Passed => Checks.All(c => c.Met) && !Saturation.Saturated;

    /// <summary>The first objective that did not hold, <see cref="Saturated"/> when only the saturation test failed, null when it passed.</summary>
    [JsonPropertyName("failing_slo")]
    public string? FailingSlo => Checks.FirstOrDefault(c => !c.Met)?.Metric ?? (Saturation.Saturated ? Saturated : null);
}
