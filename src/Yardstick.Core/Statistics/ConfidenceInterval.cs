namespace Yardstick.Core.Statistics;

/// <summary>A point estimate with its lower and upper bounds and the confidence level.</summary>
public sealed record ConfidenceInterval(double Estimate, double Lower, double Upper, double Level = 0.95)
{
    public double HalfWidth => (Upper - Lower) / 2;

    /// <summary>True when the interval excludes zero (used for differences between two models).</summary>
    public bool ExcludesZero => Lower > 0 || Upper < 0;
}
