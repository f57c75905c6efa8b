using Yardstick.Core.Runs;
using Yardstick.Core.Statistics;

namespace Yardstick.Core.Evals;

/// <summary>
/// Compares two runs of the same eval from their samples: a paired test when both asked the same items (exact McNemar
/// for right/wrong answers asked once, a seeded paired bootstrap for partial scores or epochs), Newcombe's interval for
/// independent proportions otherwise. For <c>eval-compare</c> and the comparison page alike.
/// </summary>
public static class PairedComparison
{
    public static PairedComparisonResult Of(IEnumerable<SampleRecord> samplesA, IEnumerable<SampleRecord> samplesB, int seed = 0)
    {
        var a = Observations(samplesA);
        var b = Observations(samplesB);
        var shared = a.Keys.Intersect(b.Keys, StringComparer.Ordinal).Count();
        var scoreA = a.Count == 0 ? double.NaN : a.Values.SelectMany(v => v).Average();
        var scoreB = b.Count == 0 ? double.NaN : b.Values.SelectMany(v => v).Average();
        var result = new PairedComparisonResult
        {
            Paired = false, Method = "", ScoreA = scoreA, ScoreB = scoreB, ItemsA = a.Count, ItemsB = b.Count, SharedItems = shared,
            Difference = new ConfidenceInterval(double.NaN, double.NaN, double.NaN),
        };
        if (a.Count == 0 || b.Count == 0)
            return result with { Method = "none" };
        var once = a.Values.All(v => v.Count == 1) && b.Values.All(v => v.Count == 1);
        var binary = a.Values.Concat(b.Values).All(v => v.All(x => x is 0 or 1));
        // Pairing only holds when the same items were asked; a shared subset would bias the estimate.
        if (shared >= 1 && shared == a.Count && shared == b.Count)
        {
            if (once && binary)
            {
                int both = 0, onlyA = 0, onlyB = 0, neither = 0;
                foreach (var (item, values) in a)
                {
                    var (x, y) = (values[0] == 1, b[item][0] == 1);
                    if (x && y) both++;
                    else if (x) onlyA++;
                    else if (y) onlyB++;
                    else neither++;
                }
                return result with
                {
                    Paired = true, Method = "mcnemar-exact", PValue = McNemarTest.ExactPValue(onlyA, onlyB),
                    Difference = DifferenceInterval.NewcombePaired(both, onlyA, onlyB, neither),
                    BothCorrect = both, OnlyACorrect = onlyA, OnlyBCorrect = onlyB, NeitherCorrect = neither,
                };
            }
            var pairs = a.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Value.Average(), b[p.Key].Average())).ToList();
            var (interval, pValue) = PairedBootstrap.OfDifference(pairs, seed: seed);
            // The difference of the per-item means is the one the bootstrap resamples; report it (equal to A − B without epochs).
            return result with { Paired = true, Method = "paired-bootstrap", Difference = interval, PValue = pValue };
        }
        if (once && binary)
        {
            var wilsonA = WilsonInterval.Of(a.Values.Count(v => v[0] == 1), a.Count);
            var wilsonB = WilsonInterval.Of(b.Values.Count(v => v[0] == 1), b.Count);
            return result with { Method = "newcombe", Difference = DifferenceInterval.Newcombe(wilsonA, wilsonB) };
        }
        var flatA = a.SelectMany(p => p.Value.Select(v => (p.Key, v)));
        var flatB = b.SelectMany(p => p.Value.Select(v => (p.Key, v)));
        return result with { Method = "unpaired-normal", Difference = DifferenceInterval.Unpaired(ClusteredMean.Of(flatA), ClusteredMean.Of(flatB)) };
    }

    private static Dictionary<string, List<double>> Observations(IEnumerable<SampleRecord> samples) =>
        EvalAnalysis.Effective(samples).GroupBy(s => s.PromptId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(EvalAnalysis.ScoreOf).ToList(), StringComparer.Ordinal);
}
