namespace Yardstick.Core.Metrics.Analysers;

/// <summary>
/// Warns when output speed rests on too little: requests whose speed could not be estimated (one event, no time between
/// events), or a median answer shorter than <see cref="MinMedianTokens"/> tokens (speed after the first chunk is then
/// dominated by a handful of gaps).
/// </summary>
public sealed class TooFewTokensAnalyser(int minMedianTokens = 32) : IPerfAnalyser
{
    public static TooFewTokensAnalyser Default { get; } = new();

    public int MinMedianTokens { get; } = minMedianTokens;

    public IEnumerable<string> Analyse(PerfAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ok = context.Metrics.Count;
        if (ok == 0)
            yield break;
        var withoutSpeed = context.Metrics.Count(m => double.IsNaN(m.OutputTokensPerSecond));
        if (withoutSpeed > 0)
            yield return $"Too few tokens to estimate speed in {withoutSpeed} of {ok} requests (fewer than two token events); output speed is over the other {ok - withoutSpeed}.";
        var median = context.Summary.OutputTokens.P50;
        if (median < MinMedianTokens)
            yield return $"Median answer is {median:0} tokens (< {MinMedianTokens}): output speed is estimated from few tokens; raise --max-tokens.";
    }
}
