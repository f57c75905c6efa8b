namespace Yardstick.Core.Statistics;

/// <summary>Where a straight line through two measured points reaches a given value.</summary>
public static class LinearInterpolation
{
    /// <summary>
    /// The x at which the line through (<paramref name="x0"/>, <paramref name="y0"/>) and (<paramref name="x1"/>,
    /// <paramref name="y1"/>) takes the value <paramref name="y"/>, clamped to [x0, x1]; x0 when the two y are equal or
    /// either is not a number (no slope to follow).
    /// </summary>
    public static double XAt(double x0, double y0, double x1, double y1, double y)
    {
        if (!double.IsFinite(y0) || !double.IsFinite(y1) || !double.IsFinite(y) || y1 == y0)
            return x0;
        var x = x0 + (y - y0) * (x1 - x0) / (y1 - y0);
        var (lo, hi) = x0 <= x1 ? (x0, x1) : (x1, x0);
        return Math.Clamp(x, lo, hi);
    }
}
