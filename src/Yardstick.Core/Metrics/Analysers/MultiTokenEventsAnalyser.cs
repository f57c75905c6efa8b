namespace Yardstick.Core.Metrics.Analysers;

/// <summary>
/// Notes when the provider sends several tokens per stream event: inter-token latency is then a gap between events, not
/// between tokens, and is not comparable with providers that stream one token per event.
/// </summary>
public sealed class MultiTokenEventsAnalyser(double threshold = 1.5) : IPerfAnalyser
{
    public static MultiTokenEventsAnalyser Default { get; } = new();

    public IEnumerable<string> Analyse(PerfAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var events = context.Metrics.Sum(m => m.TokenEvents);
        if (events == 0)
            yield break;
        var perEvent = (double)context.Metrics.Sum(m => m.OutputTokens) / events;
        if (perEvent > threshold)
            yield return $"The provider sends {perEvent:0.0} tokens per event on average: inter-token latency is the gap between events, not tokens.";
    }
}
