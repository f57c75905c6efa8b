namespace Yardstick.Core.Statistics;

/// <summary>Binomial probabilities in log space (no overflow for the sample sizes of evals).</summary>
internal static class Binomial
{
    /// <summary>P(X ≤ k) for X ~ Binomial(n, p).</summary>
    public static double Cdf(int k, int n, double p)
    {
        if (k < 0)
            return 0;
        if (k >= n)
            return 1;
        if (p <= 0)
            return 1;
        if (p >= 1)
            return 0;
        // log pmf(0) = n log(1−p); pmf(i+1)/pmf(i) = (n−i)/(i+1) · p/(1−p). Summed with a running maximum (log-sum-exp).
        double logQ = Math.Log(1 - p), logRatio = Math.Log(p) - logQ;
        var logPmf = n * logQ;
        var max = logPmf;
        var terms = new double[k + 1];
        terms[0] = logPmf;
        for (var i = 0; i < k; i++)
        {
            logPmf += Math.Log((double)(n - i) / (i + 1)) + logRatio;
            terms[i + 1] = logPmf;
            max = Math.Max(max, logPmf);
        }
        var sum = terms.Sum(t => Math.Exp(t - max));
        return Math.Min(1, Math.Exp(max + Math.Log(sum)));
    }
}
