namespace Yardstick.Scheduling.Plans;

/// <summary>What to measure on which endpoints, and how often. A suite with <see cref="Locations"/> runs once per location.</summary>
public sealed record PlanSuite
{
    public required string Name { get; init; }
    public required IReadOnlyList<string> Endpoints { get; init; }
    public PerfPlan? Perf { get; init; }
    public IReadOnlyList<EvalPlan> Evals { get; init; } = [];
    /// <summary>Capability probes by name (<c>all</c>: every applicable probe): one probe run per fire, after perf and evals.</summary>
    public IReadOnlyList<string> Probes { get; init; } = [];
    public required SuiteSchedule Schedule { get; init; }
    public IReadOnlyList<string> Locations { get; init; } = [];
}
