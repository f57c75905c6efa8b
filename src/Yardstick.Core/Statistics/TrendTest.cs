namespace Yardstick.Core.Statistics;

/// <summary>
/// A Mann–Kendall trend test of values against time: <see cref="S"/> counts later-higher minus later-lower pairs,
/// <see cref="Z"/> is S standardised (continuity-corrected, variance corrected for ties), <see cref="PValueIncreasing"/>
/// the one-sided p-value of "the values rise with time", and <see cref="SenSlope"/> the Theil–Sen slope (median of the
/// pairwise slopes) in value units per time unit.
/// </summary>
public sealed record TrendTest(int N, long S, double Z, double PValueIncreasing, double SenSlope)
{
    public static TrendTest None { get; } = new(0, 0, 0, 1, double.NaN);
}
