namespace Yardstick.Core.Statistics;

/// <summary>
/// The difference between two models' scores (A − B) with a 95 % interval. Paired when both answered the same
/// questions (the per-question differences carry the shared difficulty away, a much narrower interval); unpaired
/// otherwise, from the two standard errors.
/// </summary>
public static class DifferenceInterval
{
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
}
