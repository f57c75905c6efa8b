using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;

namespace Yardstick.Cli.Commands;

/// <summary>
/// The hourly rate <c>yardstick up</c> assumes for the machine it runs on, so that the in-process model gets a measured
/// self-hosting cost. The default is a stated estimate, overridable with <c>--hourly-usd</c> (basis: docs/pricing.md).
/// </summary>
internal static class MachineRate
{
    /// <summary>About what a 2-vCPU, 8 GiB general-purpose cloud VM costs on demand (AWS m7i.large, Linux, us-east-1: $0.1008/h).</summary>
    public const decimal DefaultHourlyUsd = 0.10m;

    public static HardwareRate For(decimal? hourlyUsd) => hourlyUsd is { } own
        ? new HardwareRate(own, "this machine (--hourly-usd)", new FactSource(FactSourceKind.User, ""))
        : new HardwareRate(DefaultHourlyUsd, "this machine, priced as a 2-vCPU cloud VM on demand",
            new FactSource(FactSourceKind.Published, "https://aws.amazon.com/ec2/pricing/on-demand/ (m7i.large, 2 vCPU, Linux, us-east-1)"));
}
