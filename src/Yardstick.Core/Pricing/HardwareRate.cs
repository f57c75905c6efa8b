using Yardstick.Core.Catalog;

namespace Yardstick.Core.Pricing;

/// <summary>
/// What the machine serving a self-hosted endpoint costs per hour (e.g. $2.50 for "1x L40S on-demand"), with where the
/// figure comes from: the basis of a measured self-hosting cost.
/// </summary>
public sealed record HardwareRate(decimal HourlyUsd, string? Description, FactSource? Source)
{
    /// <summary>"$2.50/h (1x L40S on-demand)".</summary>
    public override string ToString() =>
        $"{HourlyUsd.ToString("$0.00##", System.Globalization.CultureInfo.InvariantCulture)}/h" + (Description is { Length: > 0 } d ? $" ({d})" : "");
}
