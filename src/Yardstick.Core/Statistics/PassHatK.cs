namespace Yardstick.Core.Statistics;

/// <summary>
/// pass^k (Yao et al. 2024, τ-bench): the chance that k independent trials of a task all succeed, estimated without
/// bias from n trials with c successes as C(c, k) / C(n, k). Reliability, where pass@k is capability: pass^k falls
/// with k unless the agent succeeds every time.
/// </summary>
public static class PassHatK
{
    public static double Of(int trials, int successes, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, k);
        if (successes < 0 || successes > trials)
            throw new ArgumentOutOfRangeException(nameof(successes), $"{successes} successes out of {trials} trials.");
        var result = 1.0;
        for (var i = 0; i < k; i++)
            result *= (double)(successes - i) / (trials - i);
        return Math.Max(0, result);
    }
}
