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
        double n = trials, p = successes / n, z2 = z * z;
        var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        var half = z / (1 + z2 / n) * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new ConfidenceInterval(p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
