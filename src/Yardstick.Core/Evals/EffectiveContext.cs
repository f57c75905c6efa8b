namespace Yardstick.Core.Evals;

/// <summary>
/// The effective context length of a long-context run: the longest prompt length L such that the accuracy at every
/// length up to L stays within <see cref="DefaultMargin"/> (absolute) of the accuracy at the shortest length (4k).
/// Undefined (null) when the shortest length's accuracy is below <see cref="MinimumBaseAccuracy"/>: a model that cannot
/// answer at 4k has no context length to speak of, and "within 10 points of 0 %" would credit it with every length.
/// </summary>
public static class EffectiveContext
{
    /// <summary>Ten percentage points.</summary>
    public const double DefaultMargin = 0.10;

    public const double MinimumBaseAccuracy = 0.5;

    public static int? Of(IEnumerable<(int LengthTokens, double Accuracy)> accuracyByLength, double margin = DefaultMargin)
    {
        ArgumentNullException.ThrowIfNull(accuracyByLength);
        var sorted = accuracyByLength.Where(p => !double.IsNaN(p.Accuracy)).OrderBy(p => p.LengthTokens).ToList();
        if (sorted.Count == 0 || sorted[0].Accuracy < MinimumBaseAccuracy)
            return null;
        var floor = sorted[0].Accuracy - margin;
        var effective = sorted[0].LengthTokens;
        foreach (var (length, accuracy) in sorted.Skip(1))
        {
            if (accuracy < floor - 1e-12)
                break;
            effective = length;
        }
        return effective;
    }
}
