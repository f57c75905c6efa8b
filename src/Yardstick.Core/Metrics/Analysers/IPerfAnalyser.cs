namespace Yardstick.Core.Metrics.Analysers;

/// <summary>Looks at a perf run's figures and says, in plain words, when they should not be trusted as they stand.</summary>
public interface IPerfAnalyser
{
    IEnumerable<string> Analyse(PerfAnalysisContext context);
}
