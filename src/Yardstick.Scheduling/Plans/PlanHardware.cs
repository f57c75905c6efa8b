using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;

namespace Yardstick.Scheduling.Plans;

/// <summary>
/// What a self-hosted endpoint runs on and what it costs an hour, with where that figure came from (the catalog's
/// notation: <c>published:&lt;url&gt;</c>, <c>measured:&lt;run&gt;</c> or <c>user</c>; the plan's author when absent).
/// </summary>
public sealed record PlanHardware(decimal? HourlyUsd, string? Description, string? Source)
{
    /// <summary>
    /// The rate each scheduled perf run of the endpoint stores in its configuration (so the model page derives the
    /// measured self-hosting cost from it); null without a positive hourly figure.
    /// </summary>
    public HardwareRate? ToRate() => HourlyUsd is > 0 and { } hourly
        ? new HardwareRate(hourly, Description, FactSource.TryParse(Source) ?? new FactSource(FactSourceKind.User, ""))
        : null;

    /// <summary>The plan form of a rate (the built-in schedules of `up` carry the machine's rate).</summary>
    public static PlanHardware From(HardwareRate rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        return new PlanHardware(rate.HourlyUsd, rate.Description, rate.Source?.ToString());
    }
}
