using Yardstick.Core.Catalog;

namespace Yardstick.Core.Pages;

/// <summary>
/// A capability one model supports (verified by probe, else claimed) beside the other's stand on it: stated or probed
/// unsupported (a gap: friction when switching), or null (not stated, which is never counted as unsupported).
/// </summary>
public sealed record CapabilityGap(string Capability, string HasSlug, CapabilityClaim HasClaim, string LacksSlug, CapabilityClaim? LacksClaim);
