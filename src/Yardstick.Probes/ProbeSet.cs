using Yardstick.Probes.Checks;

namespace Yardstick.Probes;

/// <summary>Every probe, in the order a run sends them (cheap mechanics first, long contexts last).</summary>
public static class ProbeSet
{
    public static IReadOnlyList<IProbe> All { get; } =
    [
        new StreamingProbe(),
        new MaxTokensProbe(),
        new StopProbe(),
        new SystemPromptProbe(),
        new ChoicesProbe(),
        new SeedProbe(),
        new LogprobsProbe(),
        new StreamUsageProbe(),
        new ReasoningStreamProbe(),
        new FunctionCallingProbe(),
        new ParallelToolCallsProbe(),
        new ToolResultsProbe(),
        new ToolChoiceProbe(),
        new StructuredOutputProbe(),
        new JsonModeProbe(),
        new VisionProbe(),
        new PromptCachingProbe(),
        new ContextWindowProbe(),
    ];

    public static IReadOnlyList<string> Names => All.Select(p => p.Name).ToList();
}
