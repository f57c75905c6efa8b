namespace Yardstick.Core.Statistics;

/// <summary>
/// A sample mean with its standard error and the number of independent units behind it (items, or clusters when
/// observations repeat), from which a normal-approximation interval follows.
/// </summary>
public sealed record MeanEstimate(double Mean, double StandardError, int Units)
{
    /// <summary>The two-sided interval <c>mean ± z·SE</c>; NaN bounds when there is no data.</summary>
    public ConfidenceInterval Interval(double z = WilsonInterval.Z95) =>
        Units == 0 ? new ConfidenceInterval(double.NaN, double.NaN, double.NaN)
            : new ConfidenceInterval(Mean, Mean - z * StandardError, Mean + z * StandardError);

    /// <summary>The same interval clipped to [0, 1], for proportions.</summary>
    public ConfidenceInterval ProportionInterval(double z = WilsonInterval.Z95)
    {
        var interval = Interval(z);
        return Units == 0 ? interval : interval with { Lower = Math.Max(0, interval.Lower), Upper = Math.Min(1, interval.Upper) };
    }
}
