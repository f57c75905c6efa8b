namespace Yardstick.Core.Statistics;

/// <summary>
/// The unbiased pass@k estimator of Chen et al. (2021, "Evaluating Large Language Models Trained on Code"): with n
/// samples of a task of which c pass, pass@k = 1 − C(n−c, k) / C(n, k), computed as a running product
/// (1 − k / i for i = n−c+1 … n) so that large n does not overflow. The benchmark figure is its mean over tasks.
/// </summary>
public static class PassAtK
{
    /// <summary>pass@k of one task with <paramref name="samples"/> samples of which <paramref name="correct"/> passed.</summary>
    public static double Of(int samples, int correct, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, k);
        if (correct < 0 || correct > samples)
            throw new ArgumentOutOfRangeException(nameof(correct), $"{correct} correct out of {samples} samples.");
        if (samples - correct < k)
            return 1.0;
        var allFail = 1.0;
        for (var i = samples - correct + 1; i <= samples; i++)
            allFail *= 1.0 - (double)k / i;
        return 1.0 - allFail;
    }

    /// <summary>Mean pass@k over tasks given as (samples, correct); NaN when there are none or a task has fewer than k samples.</summary>
    public static double Mean(IEnumerable<(int Samples, int Correct)> tasks, int k)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var list = tasks.ToList();
        return list.Count == 0 || list.Any(t => t.Samples < k) ? double.NaN : list.Average(t => Of(t.Samples, t.Correct, k));
    }
}
