namespace Yardstick.Core.Statistics;

/// <summary>
/// The Clopper–Pearson "exact" interval for a binomial proportion: the p whose binomial tail probabilities equal α/2
/// (found by bisection). Never narrower than the truth at any n, including 0 of n and n of n (where one bound is 0 or 1
/// and the other is (α/2)^(1/n) away): the conservative choice for small samples.
/// </summary>
public static class ClopperPearsonInterval
{
    public static ConfidenceInterval Of(int successes, int trials, double level = 0.95)
    {
        if (trials <= 0)
            return new ConfidenceInterval(double.NaN, double.NaN, double.NaN, level);
        if (successes < 0 || successes > trials)
            throw new ArgumentOutOfRangeException(nameof(successes), $"{successes} successes out of {trials} trials.");
        var alpha = 1 - level;
        // Lower: P(X ≥ x | p) = α/2, i.e. 1 − Cdf(x − 1) = α/2 (increasing in p). Upper: Cdf(x | p) = α/2 (decreasing in p).
        var lower = successes == 0 ? 0 : Solve(p => 1 - Binomial.Cdf(successes - 1, trials, p), alpha / 2, increasing: true);
        var upper = successes == trials ? 1 : Solve(p => Binomial.Cdf(successes, trials, p), alpha / 2, increasing: false);
        return new ConfidenceInterval((double)successes / trials, lower, upper, level);
    }

    private static double Solve(Func<double, double> f, double target, bool increasing)
    {
        double lo = 0, hi = 1;
        for (var i = 0; i < 60; i++)
        {
            var mid = (lo + hi) / 2;
            if ((f(mid) < target) == increasing)
                lo = mid;
            else
                hi = mid;
        }
        return (lo + hi) / 2;
    }
}
