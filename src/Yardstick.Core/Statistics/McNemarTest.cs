namespace Yardstick.Core.Statistics;

/// <summary>
/// The exact McNemar test for two raters on the same items: under "no difference" each discordant item (right for one
/// only) is equally likely to favour either, so the count favouring A is Binomial(b + c, ½). Two-sided p-value =
/// min(1, 2 · P(X ≤ min(b, c))); 1 when there are no discordant items.
/// </summary>
public static class McNemarTest
{
    /// <param name="onlyA">Items A got right and B wrong (b).</param>
    /// <param name="onlyB">Items B got right and A wrong (c).</param>
    public static double ExactPValue(int onlyA, int onlyB)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(onlyA);
        ArgumentOutOfRangeException.ThrowIfNegative(onlyB);
        var discordant = onlyA + onlyB;
        return discordant == 0 ? 1.0 : Math.Min(1.0, 2 * Binomial.Cdf(Math.Min(onlyA, onlyB), discordant, 0.5));
    }
}
