using System.Text.Json.Serialization;
using Yardstick.Core.Statistics;

namespace Yardstick.Core.Metrics;

/// <summary>
/// Time requests spent on the client's side before the server could see them (coordinated omission made visible), each
/// over the measured requests that recorded it (n = 0 when none did): <c>queue_wait_s</c> waiting for a concurrency
/// slot, <c>schedule_lag_s</c> (open loop) from the scheduled arrival to the issue, <c>send_lag_s</c> from the issue to
/// the request's first byte reaching the kernel (t0). <c>ttft_from_schedule_s</c> (open loop) = schedule lag + send
/// lag + TTFT: the wait a user arriving on schedule would have had.
/// </summary>
public sealed record ClientLagSummary(
    [property: JsonPropertyName("queue_wait_s")] DistributionSummary QueueWaitSeconds,
    [property: JsonPropertyName("schedule_lag_s")] DistributionSummary ScheduleLagSeconds,
    [property: JsonPropertyName("send_lag_s")] DistributionSummary SendLagSeconds,
    [property: JsonPropertyName("ttft_from_schedule_s")] DistributionSummary TtftFromScheduleSeconds);
