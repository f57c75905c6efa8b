namespace Yardstick.Storage.Entities;

/// <summary>A capability claim or probe verdict for one model.</summary>
public sealed class CapabilityEntity
{
    public required string ModelSlug { get; set; }
    public required string Name { get; set; }
    public bool Supported { get; set; }
    /// <summary>Claimed, VerifiedByProbe or RefutedByProbe.</summary>
    public required string Status { get; set; }
    public required string Source { get; set; }
}
