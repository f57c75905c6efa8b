using Yardstick.Core.Runs;

namespace Yardstick.Probes.Running;

/// <summary>What a probe run needs besides the endpoint: the catalog facts it checks and where it is filed.</summary>
public sealed record ProbeRunOptions
{
    /// <summary>Catalog model the endpoint serves, when known (the run is filed under it).</summary>
    public string? ModelSlug { get; init; }
    public string? EndpointId { get; init; }
    /// <summary>A scheduled run: its fixed id, suite, worker and location (continuous measurement).</summary>
    public RunOrigin? Origin { get; init; }
    /// <summary>Probe names to run (all applicable ones when empty).</summary>
    public IReadOnlyList<string> Only { get; init; } = [];
    /// <summary>The context window the catalog claims, in tokens; the context probe is inconclusive without one.</summary>
    public long? ClaimedContextWindowTokens { get; init; }
    /// <summary>Longest prompt the context probe sends, in tokens (large windows are costly to fill).</summary>
    public long MaxContextTokens { get; init; } = 32_768;
    /// <summary>Whether the catalog claims reasoning: a model that does not is not refuted for streaming none.</summary>
    public bool? ClaimsReasoning { get; init; }
    public string YardstickVersion { get; init; } = typeof(ProbeRunOptions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
