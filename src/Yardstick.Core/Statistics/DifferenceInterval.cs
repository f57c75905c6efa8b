namespace Yardstick.Core.Statistics;

/// <summary>
/// The difference between two models' scores (A − B) with a 95 % interval. Paired when both answered the same
/// questions (the per-question differences carry the shared difficulty away, a much narrower interval); unpaired
/// otherwise, from the two standard errors; or, when only the two scores and their Wilson intervals are at hand (stored
/// summaries), Newcombe's hybrid score interval.
/// </summary>
public static class DifferenceInterval
{
    /// <summary>
    /// Newcombe's hybrid score interval (1998, method 10) for the difference of two independent proportions, from each
    /// proportion's own Wilson interval: lower = d − √((p₁−l₁)² + (u₂−p₂)²), upper = d + √((u₁−p₁)² + (p₂−l₂)²).
    /// </summary>
    public static ConfidenceInterval Newcombe(ConfidenceInterval a, ConfidenceInterval b)
    {
        var d = a.Estimate - b.Estimate;
        var lower = d - Math.Sqrt(Square(a.Estimate - a.Lower) + Square(b.Upper - b.Estimate));
        var upper = d + Math.Sqrt(Square(a.Upper - a.Estimate) + Square(b.Estimate - b.Lower));
        return new ConfidenceInterval(d, Math.Max(-1, lower), Math.Min(1, upper));
    }

    /// <summary>
    /// Newcombe's score interval for the difference of two proportions on the same items (1998, paired method 10),
    /// from the 2×2 table: both right, only A right, only B right, neither. Built from each proportion's Wilson interval
    /// and the correlation φ of the two raters (0 when undefined), so it stays honest with no discordant items, at
    /// 0 % and 100 %, and for small n, where a normal interval on the differences collapses to a point.
    /// </summary>
    public static ConfidenceInterval NewcombePaired(int both, int onlyA, int onlyB, int neither)
    {
        var n = both + onlyA + onlyB + neither;
        if (n == 0)
            return new ConfidenceInterval(double.NaN, double.NaN, double.NaN);
        var a = WilsonInterval.Of(both + onlyA, n);
        var b = WilsonInterval.Of(both + onlyB, n);
        var d = a.Estimate - b.Estimate;
        double rowA = both + onlyA, rowNotA = onlyB + neither, colB = both + onlyB, colNotB = onlyA + neither;
        var denominator = Math.Sqrt(rowA * rowNotA * colB * colNotB);
        var phi = denominator == 0 ? 0 : ((double)both * neither - (double)onlyA * onlyB) / denominator;
        var delta = Math.Sqrt(Math.Max(0, Square(a.Estimate - a.Lower) - 2 * phi * (a.Estimate - a.Lower) * (b.Upper - b.Estimate) + Square(b.Upper - b.Estimate)));
        var epsilon = Math.Sqrt(Math.Max(0, Square(a.Upper - a.Estimate) - 2 * phi * (a.Upper - a.Estimate) * (b.Estimate - b.Lower) + Square(b.Estimate - b.Lower)));
        return new ConfidenceInterval(d, Math.Max(-1, d - delta), Math.Min(1, d + epsilon));
    }

    /// <summary>Independent samples: SE = √(SE_A² + SE_B²).</summary>
    public static ConfidenceInterval Unpaired(MeanEstimate a, MeanEstimate b, double z = WilsonInterval.Z95)
    {
        var standardError = Math.Sqrt(a.StandardError * a.StandardError + b.StandardError * b.StandardError);
        var difference = a.Mean - b.Mean;
        return new ConfidenceInterval(difference, difference - z * standardError, difference + z * standardError);
    }

    /// <summary>
    /// Paired by question: each model's observations (several per question when epochs repeat) are averaged per
    /// question, questions answered by only one model are left out, and the differences get a clustered interval.
    /// </summary>
    public static ConfidenceInterval Paired(
        IEnumerable<(string Question, double Value)> a, IEnumerable<(string Question, double Value)> b, double z = WilsonInterval.Z95)
    {
        var meansA = PerQuestionMeans(a);
        var meansB = PerQuestionMeans(b);
        var differences = meansA.Where(pair => meansB.ContainsKey(pair.Key))
            .Select(pair => (pair.Key, pair.Value - meansB[pair.Key]));
        return ClusteredMean.Of(differences).Interval(z);
    }

    private static Dictionary<string, double> PerQuestionMeans(IEnumerable<(string Question, double Value)> observations) =>
        observations.GroupBy(o => o.Question, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Average(o => o.Value), StringComparer.Ordinal);

    private static double Square(double x) => x * x;
}
