namespace Yardstick.Core.Statistics;

/// <summary>The standard normal distribution's upper tail, for the p-values of large-sample tests.</summary>
public static class StandardNormal
{
    /// <summary>P(Z ≥ <paramref name="z"/>) for Z ~ N(0, 1).</summary>
    public static double UpperTail(double z) => 0.5 * Erfc(z / Math.Sqrt(2));

    /// <summary>
    /// The complementary error function by the Chebyshev fit of Numerical Recipes (erfcc): relative error below 1.2e-7
    /// everywhere, enough for p-values compared against 0.01.
    /// </summary>
    public static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + 0.5 * z);
        var r = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
