namespace Yardstick.Core.Catalog;

/// <summary>Whether a capability is only claimed by its vendor or was verified by one of Yardstick's probes.</summary>
public enum CapabilityStatus
{
    Claimed,
    VerifiedByProbe,
    RefutedByProbe,
}
