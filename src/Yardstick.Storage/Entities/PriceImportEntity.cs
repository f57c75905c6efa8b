namespace Yardstick.Storage.Entities;

/// <summary>One price import: which feed, from where, when, and how many prices it changed.</summary>
public sealed class PriceImportEntity
{
    public long Id { get; set; }
    public required string Feed { get; set; }
    public required string Origin { get; set; }
    public DateTimeOffset ImportedUtc { get; set; }
    public DateTimeOffset EffectiveFromUtc { get; set; }
    public int Entries { get; set; }
    public int Recorded { get; set; }
}
