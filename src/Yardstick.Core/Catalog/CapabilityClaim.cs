namespace Yardstick.Core.Catalog;

/// <summary>One capability (function calling, structured output, vision…) with its status and source.</summary>
public sealed record CapabilityClaim(string Name, bool Supported, CapabilityStatus Status, FactSource Source);
