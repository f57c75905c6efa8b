namespace Yardstick.Storage.Entities;

/// <summary>A worker row (see Core.Scheduling.WorkerRecord).</summary>
public sealed class WorkerEntity
{
    public required string Name { get; set; }
    public string? Location { get; set; }
    public string? Host { get; set; }
    public DateTimeOffset StartedUtc { get; set; }
    public DateTimeOffset HeartbeatUtc { get; set; }
    public DateTimeOffset? StoppedUtc { get; set; }
    public string? CurrentRunId { get; set; }
    public int FiresCompleted { get; set; }
}
