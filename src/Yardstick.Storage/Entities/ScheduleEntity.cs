namespace Yardstick.Storage.Entities;

/// <summary>A schedule row (see Core.Scheduling.ScheduleRecord).</summary>
public sealed class ScheduleEntity
{
    public required string Key { get; set; }
    public required string Suite { get; set; }
    public required string Endpoint { get; set; }
    public string? Location { get; set; }
    public string? ModelSlug { get; set; }
    public required string Schedule { get; set; }
    public DateTimeOffset? NextFireUtc { get; set; }
    public DateTimeOffset? LastFireUtc { get; set; }
    public string? LastOutcome { get; set; }
}
