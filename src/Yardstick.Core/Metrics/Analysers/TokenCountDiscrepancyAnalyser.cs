using Yardstick.Core.Statistics;

namespace Yardstick.Core.Metrics.Analysers;

/// <summary>
/// Warns when the server's own count of output tokens (<c>usage.completion_tokens</c>, native) and the o200k-normalised
/// count of the streamed text disagree by more than <see cref="MaxRelativeDifference"/> at the median over requests:
/// the model's tokenizer differs that much from o200k (or the server counts something it does not stream), so native
/// and normalised speeds differ as much and must not be compared with each other. Given the model's own tokenizer
/// (<c>output_tokens_model</c>), it also warns when usage disagrees with that count by as much.
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
        // With the model's own tokenizer, usage should agree with it: a gap means the server counts tokens it does not stream.
        var model = context.Samples
            .Where(s => s.Succeeded && s.OutputTokensNative is > 0)
            .Select(s => (Native: s.OutputTokensNative!.Value, Model: SampleDetails.Number(s, SampleDetails.OutputTokensModel)))
            .Where(c => c.Model is > 0)
            .Select(c => c.Native / c.Model!.Value)
            .ToList();
        if (model.Count > 0 && Percentiles.Of(model, 50) is var modelMedian && Math.Abs(modelMedian - 1) > MaxRelativeDifference)
            yield return $"The server's usage is {modelMedian:0.00}× the model tokenizer's count of the streamed text (median over {model.Count} requests): it counts tokens it does not stream (hidden reasoning, special tokens) or the tokenizer file is not the model's.";
    }
}
