namespace Yardstick.Web.Charts;

/// <summary>A rectangle in data units on a scatter, shaded as its most attractive region (e.g. cheaper and smarter than the median model).</summary>
internal sealed record Quadrant(double XFrom, double XTo, double YFrom, double YTo);
