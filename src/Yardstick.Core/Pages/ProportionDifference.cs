using Yardstick.Core.Statistics;

namespace Yardstick.Core.Pages;

/// <summary>
/// The difference of two independent proportions with Newcombe's hybrid score interval (method 10), built from each
/// proportion's own 95 % interval (Wilson): lower = d − √((p₁−l₁)² + (u₂−p₂)²), upper = d + √((u₁−p₁)² + (p₂−l₂)²).
/// </summary>
public static class ProportionDifference
{
    public static ConfidenceInterval Newcombe(double p1, double lower1, double upper1, double p2, double lower2, double upper2)
    {
        var d = p1 - p2;
        var lower = d - Math.Sqrt(Square(p1 - lower1) + Square(upper2 - p2));
        var upper = d + Math.Sqrt(Square(upper1 - p1) + Square(p2 - lower2));
        return new ConfidenceInterval(d, Math.Max(-1, lower), Math.Min(1, upper));
    }

    private static double Square(double x) => x * x;
}
