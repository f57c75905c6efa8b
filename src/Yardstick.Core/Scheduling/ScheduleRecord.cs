namespace Yardstick.Core.Scheduling;

/// <summary>
/// One scheduled (suite, endpoint, location) as the scheduler last reported it, kept in Yardstick's own tables so that
/// pages and the API can show schedules without knowing the scheduling engine.
/// </summary>
public sealed record ScheduleRecord
{
    /// <summary><c>suite/endpoint</c> or <c>suite/endpoint@location</c>.</summary>
    public required string Key { get; init; }
    public required string Suite { get; init; }
    public required string Endpoint { get; init; }
    public string? Location { get; init; }
    public string? ModelSlug { get; init; }
    /// <summary>In words: <c>every 3h</c> or <c>cron 0 0 */3 * * ?</c>.</summary>
    public required string Schedule { get; init; }
    public DateTimeOffset? NextFireUtc { get; init; }
    public DateTimeOffset? LastFireUtc { get; init; }
    /// <summary>How the last fire ended: <c>completed</c>, <c>failed: reason</c>, <c>interrupted</c>, or null before the first.</summary>
    public string? LastOutcome { get; init; }
}
