namespace Yardstick.Core.Pricing;

/// <summary>
/// Measured self-hosting cost from an hourly hardware rate and the throughput of perf runs at several loads:
/// USD per 1M output tokens = hourly / (3600 × output tokens/s) × 1,000,000, the same from prefill tokens/s for input,
/// blended 3:1 like list prices. Formulas and the choice of load: docs/pricing.md.
/// </summary>
public static class SelfHostingCostCalculator
{
    /// <summary>A load level is within the SLO when at least this share of its requests met it (runs without SLOs always are).</summary>
    public const double DefaultMinimumGoodputFraction = 0.9;

    public static SelfHostingCost From(HardwareRate hardware, IEnumerable<LoadThroughput> levels, double minimumGoodputFraction = DefaultMinimumGoodputFraction, BlendRatio? ratio = null)
    {
        ArgumentNullException.ThrowIfNull(hardware);
        ArgumentNullException.ThrowIfNull(levels);
        if (hardware.HourlyUsd <= 0)
            return new SelfHostingCost(hardware, null, [], "the hourly hardware rate is not positive");
        var curve = levels.OrderBy(l => l.Load ?? 0).ThenBy(l => l.RunId, StringComparer.Ordinal)
            .Select(l => Point(hardware, l, minimumGoodputFraction, ratio ?? BlendRatio.Default)).ToList();
        var chosen = curve.Where(p => p.WithinSlo && p.Output is not null)
            .OrderByDescending(p => p.OutputTokensPerSecond).ThenBy(p => p.Load ?? 0).FirstOrDefault();
        var reason = chosen is not null ? null
            : curve.Count == 0 ? "no perf run of this endpoint is measured"
            : curve.Any(p => p.Output is not null) ? "no load level met the SLO"
            : "no perf run produced output tokens";
        return new SelfHostingCost(hardware, chosen, curve, reason);
    }

    /// <summary>hourly / (3600 × tokens/s) × 1,000,000, rounded to 6 decimals; null when the rate is not a positive number.</summary>
    public static UsdPerMillionTokens? PerMillion(decimal hourlyUsd, double tokensPerSecond) =>
        double.IsFinite(tokensPerSecond) && tokensPerSecond > 0
            ? new UsdPerMillionTokens(Math.Round(hourlyUsd / (3600m * (decimal)tokensPerSecond) * 1_000_000m, 6))
            : null;

    private static SelfHostingCostPoint Point(HardwareRate hardware, LoadThroughput level, double minimumGoodputFraction, BlendRatio ratio)
    {
        var input = PerMillion(hardware.HourlyUsd, level.PrefillTokensPerSecond);
        var output = PerMillion(hardware.HourlyUsd, level.OutputTokensPerSecond);
        var blended = BlendedPrice.Compute(new TokenPrice(input, null, output, null), ratio);
        var withinSlo = level.GoodputFraction is not { } fraction || fraction >= minimumGoodputFraction;
        return new SelfHostingCostPoint(level.RunId, level.Load, level.OutputTokensPerSecond, level.PrefillTokensPerSecond, input, output, blended, withinSlo);
    }
}
