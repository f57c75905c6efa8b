namespace Yardstick.Core.Scheduling;

/// <summary>A worker process of the measuring cluster, as its heartbeat last reported it.</summary>
public sealed record WorkerRecord
{
    /// <summary>Unique within the cluster (the Quartz instance id is derived from it).</summary>
    public required string Name { get; init; }
    /// <summary>Region label the worker measures from (suites pinned to a location run only on such workers).</summary>
    public string? Location { get; init; }
    public string? Host { get; init; }
    public required DateTimeOffset StartedUtc { get; init; }
    public required DateTimeOffset HeartbeatUtc { get; init; }
    /// <summary>Set when the worker stopped cleanly; a worker whose heartbeat is old and has no stop time died.</summary>
    public DateTimeOffset? StoppedUtc { get; init; }
    /// <summary>The run it is executing, when any.</summary>
    public string? CurrentRunId { get; init; }
    /// <summary>Scheduled fires it finished since it started.</summary>
    public int FiresCompleted { get; init; }

    /// <summary>Alive = not stopped and heard from within <paramref name="timeout"/> of <paramref name="now"/>.</summary>
    public bool IsAlive(DateTimeOffset now, TimeSpan timeout) => StoppedUtc is null && now - HeartbeatUtc <= timeout;
}
