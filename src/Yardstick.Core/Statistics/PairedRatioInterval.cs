namespace Yardstick.Core.Statistics;

/// <summary>
/// The geometric mean of paired ratios <c>treated / control</c> with a 95 % Student t interval on the mean log ratio,
/// exponentiated. Pairing (each treated value measured next to its own control) removes drift in the server's load
/// from the comparison; logs make a halving and a doubling symmetric. Pairs with a value that is not positive and
/// finite are left out (a ratio of them means nothing).
/// </summary>
public static class PairedRatioInterval
{
    public static ConfidenceInterval Of(IReadOnlyList<(double Treated, double Control)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var logs = pairs.Where(p => IsUsable(p.Treated) && IsUsable(p.Control)).Select(p => Math.Log(p.Treated / p.Control)).ToArray();
        if (logs.Length == 0)
            return new ConfidenceInterval(double.NaN, double.NaN, double.NaN);
        var mean = logs.Average();
        if (logs.Length == 1)
            return new ConfidenceInterval(Math.Exp(mean), double.NaN, double.NaN);
        var variance = logs.Sum(l => (l - mean) * (l - mean)) / (logs.Length - 1);
        var halfWidth = StudentT.Critical95(logs.Length - 1) * Math.Sqrt(variance / logs.Length);
        return new ConfidenceInterval(Math.Exp(mean), Math.Exp(mean - halfWidth), Math.Exp(mean + halfWidth));
    }

    private static bool IsUsable(double value) => value > 0 && double.IsFinite(value);
}
