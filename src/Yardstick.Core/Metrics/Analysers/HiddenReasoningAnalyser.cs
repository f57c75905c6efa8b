namespace Yardstick.Core.Metrics.Analysers;

/// <summary>
/// Notes when the provider counted reasoning tokens but streamed no reasoning text: TTFT then includes the hidden
/// thinking, and output speed is measured over the answer chunks only (DESIGN §2).
/// </summary>
public sealed class HiddenReasoningAnalyser : IPerfAnalyser
{
    public static HiddenReasoningAnalyser Default { get; } = new();

    public IEnumerable<string> Analyse(PerfAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var hidden = context.Metrics.Count(m => m.HiddenReasoning);
        if (hidden > 0)
            yield return $"Reasoning hidden in {hidden} of {context.Metrics.Count} requests (reasoning tokens reported, none streamed): TTFT includes the thinking and output speed covers answer chunks only.";
    }
}
