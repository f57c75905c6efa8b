using Yardstick.Scheduling.Running;

namespace Yardstick.Scheduling;

/// <summary>
/// Where the schedule lives and who runs it. <see cref="PostgresConnectionString"/> set: Quartz's ADO.NET job store,
/// clustered, in that database (every worker pointing at it shares one schedule). Null: Quartz's in-memory store, one process.
/// </summary>
public sealed record SchedulerSettings
{
    public string? PostgresConnectionString { get; init; }
    public required WorkerIdentity Worker { get; init; }
    /// <summary>The Quartz scheduler name: the same on every node of one cluster, unique within a process.</summary>
    public string SchedulerName { get; init; } = "yardstick";
    /// <summary>Fires one worker runs at once; 1 by default, so that two perf runs never share (and skew) one client machine.</summary>
    public int Concurrency { get; init; } = 1;
    /// <summary>How often a node checks in with the cluster; a node silent for about this long plus a margin is recovered.</summary>
    public TimeSpan CheckinInterval { get; init; } = TimeSpan.FromSeconds(5);
    /// <summary>Stop the worker after this many fires (<c>--max-runs</c>); null = run until stopped.</summary>
    public int? MaxFires { get; init; }

    public bool Clustered => PostgresConnectionString is not null;
}
