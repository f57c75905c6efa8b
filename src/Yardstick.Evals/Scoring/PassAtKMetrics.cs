using System.Globalization;
using Yardstick.Core.Runs;
using Yardstick.Core.Statistics;

namespace Yardstick.Evals.Scoring;

/// <summary>
/// <c>pass@k</c> figures of a run with several samples per task (epochs): the unbiased estimator per task, averaged over
/// tasks, for k = 1, 5, 10, 100 up to the fewest samples any task got. With one sample per task only <c>pass@1</c>.
/// </summary>
public static class PassAtKMetrics
{
    private static readonly int[] Ks = [1, 5, 10, 100];

    public static IReadOnlyDictionary<string, double> Of(IReadOnlyList<SampleRecord> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var tasks = samples.GroupBy(s => s.PromptId, StringComparer.Ordinal)
            .Select(g => (Samples: g.Count(), Correct: g.Count(s => s.Correct == true))).ToList();
        if (tasks.Count == 0)
            return new Dictionary<string, double>();
        var fewest = tasks.Min(t => t.Samples);
        return Ks.Where(k => k <= fewest).ToDictionary(k => "pass@" + k.ToString(CultureInfo.InvariantCulture), k => PassAtK.Mean(tasks, k));
    }
}
