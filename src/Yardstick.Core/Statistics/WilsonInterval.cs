namespace Yardstick.Core.Statistics;

/// <summary>Wilson score interval for a binomial proportion: well-behaved near 0 and 1 and for small n.</summary>
public static class WilsonInterval
{
    /// <summary>z for a two-sided 95 % interval.</summary>
    public const double Z95 = 1.959963984540054;

    public static ConfidenceInterval Of(int successes, int trials, double z = Z95)
    {
        if (trials <= 0)
            return new ConfidenceInterval(double.NaN, double.NaN, double.NaN);
        if (successes < 0 || successes > trials)
            throw new ArgumentOutOfRangeException(nameof(successes), $"{successes} successes out of {trials} trials.");
        return OfProportion((double)successes / trials, trials, z);
    }

    /// <summary>
    /// Wilson's interval for a proportion <paramref name="proportion"/> observed over an effective number of trials
    /// that need not be whole (Kish's effective sample size of clustered observations).
    /// </summary>
    public static ConfidenceInterval OfProportion(double proportion, double effectiveTrials, double z = Z95)
    {
        if (effectiveTrials <= 0 || double.IsNaN(proportion))
            return new ConfidenceInterval(double.NaN, double.NaN, double.NaN);
        if (proportion is < 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(proportion), proportion, "A proportion lies in [0, 1].");
        double n = effectiveTrials, p = proportion, z2 = z * z;
        var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        var half = z / (1 + z2 / n) * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new ConfidenceInterval(p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
