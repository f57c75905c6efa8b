using Yardstick.Core.Statistics;

namespace Yardstick.Core.Metrics.Analysers;

/// <summary>
/// Warns when the server's own count of output tokens (<c>usage.completion_tokens</c>, native) and the o200k-normalised
/// count of the streamed text disagree by more than <see cref="MaxRelativeDifference"/> at the median over requests:
/// the model's tokenizer differs that much from o200k (or the server counts something it does not stream), so native
/// and normalised speeds differ as much and must not be compared with each other.
/// </summary>
public sealed class TokenCountDiscrepancyAnalyser(double maxRelativeDifference = 0.2) : IPerfAnalyser
{
    public static TokenCountDiscrepancyAnalyser Default { get; } = new();

    public double MaxRelativeDifference { get; } = maxRelativeDifference;

    public IEnumerable<string> Analyse(PerfAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ratios = context.Samples
            .Where(s => s.Succeeded && s.OutputTokensNative is > 0 && s.OutputTokensNormalised is > 0)
            .Select(s => (double)s.OutputTokensNative!.Value / s.OutputTokensNormalised!.Value)
            .ToList();
        if (ratios.Count == 0)
            yield break;
        var median = Percentiles.Of(ratios, 50);
        if (Math.Abs(median - 1) > MaxRelativeDifference)
            yield return $"The server counts {median:0.00}× the o200k-normalised output tokens (median over {ratios.Count} requests, more than {MaxRelativeDifference:P0} apart): native and normalised speeds differ by as much; compare models on normalised figures.";
    }
}
