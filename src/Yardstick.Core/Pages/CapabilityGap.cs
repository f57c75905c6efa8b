using Yardstick.Core.Catalog;

namespace Yardstick.Core.Pages;

/// <summary>A capability one model supports and the other does not state or lacks: friction when switching.</summary>
public sealed record CapabilityGap(string Capability, string HasSlug, CapabilityClaim HasClaim, string LacksSlug, CapabilityClaim? LacksClaim);
