namespace Yardstick.Scheduling.Plans;

/// <summary>One (suite, endpoint, location) of a plan: what one Quartz job runs each time its trigger fires.</summary>
public sealed record ScheduledWork
{
    public required PlanSuite Suite { get; init; }
    public required PlanEndpoint Endpoint { get; init; }
    /// <summary>The location a worker must carry to run this; null = any worker.</summary>
    public string? Location { get; init; }

    /// <summary>A stable, readable key: <c>suite/endpoint</c> or <c>suite/endpoint@location</c>.</summary>
    public string Key => Location is null ? $"{Suite.Name}/{Endpoint.Name}" : $"{Suite.Name}/{Endpoint.Name}@{Location}";

    /// <summary>The runs one fire makes, in order: perf runs by (prompt length, concurrency), then evals, then one probe run.</summary>
    public IReadOnlyList<WorkStep> Steps() =>
        [.. (Suite.Perf is { } perf ? perf.PromptTokens.SelectMany(p => perf.Concurrency.Select(c => WorkStep.ForPerf(p, c))) : []),
            .. Suite.Evals.Select(WorkStep.ForEval),
            .. (Suite.Probes.Count > 0 ? [WorkStep.ForProbes(Suite.Probes)] : Array.Empty<WorkStep>())];
}
