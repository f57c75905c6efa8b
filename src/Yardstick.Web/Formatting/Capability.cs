using Yardstick.Core.Catalog;

namespace Yardstick.Web.Formatting;

/// <summary>Words for a capability's status: claimed by the vendor, verified or refuted by a probe, or not stated.</summary>
internal static class Capability
{
    public static string Text(CapabilityClaim? claim) => claim switch
    {
        null => "not stated",
        { Status: CapabilityStatus.RefutedByProbe } => "no (refuted by probe)",
        // The vendor saying a model lacks something is a statement, not a claim.
        { Supported: false } => "no (vendor's statement)",
        { Status: CapabilityStatus.VerifiedByProbe } => "yes (verified by probe)",
        _ => "yes (claimed)",
    };
}
