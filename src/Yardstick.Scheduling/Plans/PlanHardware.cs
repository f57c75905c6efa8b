namespace Yardstick.Scheduling.Plans;

/// <summary>What a self-hosted endpoint runs on and what it costs an hour, with where that figure came from.</summary>
public sealed record PlanHardware(decimal? HourlyUsd, string? Description, string? Source);
