namespace Yardstick.Core.Runs;

/// <summary>One job against one endpoint: what ran, where, with which configuration and versions, and when.</summary>
public sealed record RunRecord
{
    /// <summary>Stable id, e.g. <c>perf-20261126T0612Z-3f9a</c>; samples and published figures point to it.</summary>
    public required string Id { get; init; }
    public required RunKind Kind { get; init; }
    /// <summary>Catalog model the endpoint serves, when known.</summary>
    public string? ModelSlug { get; init; }
    /// <summary>Catalog endpoint id, when the run used one.</summary>
    public string? EndpointId { get; init; }
    public required string ApiStyle { get; init; }
    /// <summary>Base URL, or <c>gguf:&lt;path&gt;</c> for in-process models. Never carries a key.</summary>
    public required string BaseUrl { get; init; }
    public required string ModelId { get; init; }
    /// <summary>Workload name (perf), eval id (eval) or probe name.</summary>
    public required string Task { get; init; }
    public string? TaskVersion { get; init; }
    /// <summary>The run's configuration as JSON (requests, concurrency, max tokens, seed…), for reproduction.</summary>
    public required string ConfigurationJson { get; init; }
    public required string YardstickVersion { get; init; }
    public string? Host { get; init; }
    public required DateTimeOffset StartedUtc { get; init; }
    public DateTimeOffset? FinishedUtc { get; init; }
    public RunStatus Status { get; init; } = RunStatus.Running;
    /// <summary>The run's summary as JSON (the CLI's --json document), recomputable from its samples.</summary>
    public string? SummaryJson { get; init; }
    /// <summary>Who is executing the run now (see <see cref="RunLease"/>); null when nobody holds it.</summary>
    public string? LeaseOwner { get; init; }
    /// <summary>When the owner's lease runs out unless renewed; after it, another process may take the run over.</summary>
    public DateTimeOffset? LeaseExpiresUtc { get; init; }
    /// <summary>Why a <see cref="RunStatus.Failed"/> run failed, in one plain sentence (see <c>RunOutcomePolicy</c>).</summary>
    public string? FailureReason { get; init; }
}
