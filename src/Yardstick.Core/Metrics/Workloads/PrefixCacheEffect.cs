using System.Text.Json.Serialization;
using Yardstick.Core.Statistics;

namespace Yardstick.Core.Metrics.Workloads;

/// <summary>
/// How much faster the first token comes when the request's prefix (system prompt and history) was sent before:
/// the geometric mean over pairs of <c>TTFT(cached prefix) / TTFT(fresh prefix of the same length)</c> with its 95 %
/// t interval (<see cref="PairedRatioInterval"/>). A cache is <see cref="Detected"/> when the whole interval lies below
/// 1 and the ratio is at most <see cref="DetectionRatio"/>: a smaller speed-up is reported but not called a cache,
/// since ordering and connection effects alone can move TTFT by a few per cent.
/// </summary>
public sealed record PrefixCacheEffect
{
    public const double DetectionRatio = 0.8;

    [JsonPropertyName("ratio")] public required double Ratio { get; init; }
    [JsonPropertyName("ci95_low")] public required double Ci95Low { get; init; }
    [JsonPropertyName("ci95_high")] public required double Ci95High { get; init; }
    [JsonPropertyName("pairs")] public required int Pairs { get; init; }
    [JsonPropertyName("cached_ttft_p50_s")] public required double CachedTtftP50Seconds { get; init; }
    [JsonPropertyName("fresh_ttft_p50_s")] public required double FreshTtftP50Seconds { get; init; }
    [JsonPropertyName("detected")] public required bool Detected { get; init; }

    /// <summary>The effect over pairs of TTFT seconds (cached, fresh); pairs where either request failed are left out by the caller.</summary>
    public static PrefixCacheEffect Of(IReadOnlyList<(double CachedTtftSeconds, double FreshTtftSeconds)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var interval = PairedRatioInterval.Of(pairs);
        return new PrefixCacheEffect
        {
            Ratio = interval.Estimate,
            Ci95Low = interval.Lower,
            Ci95High = interval.Upper,
            Pairs = pairs.Count,
            CachedTtftP50Seconds = Percentiles.Of(pairs.Select(p => p.CachedTtftSeconds).ToArray(), 50),
            FreshTtftP50Seconds = Percentiles.Of(pairs.Select(p => p.FreshTtftSeconds).ToArray(), 50),
            Detected = interval.Upper < 1 && interval.Estimate <= DetectionRatio,
        };
    }
}
