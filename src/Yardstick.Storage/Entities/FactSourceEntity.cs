namespace Yardstick.Storage.Entities;

/// <summary>The source of one fact of one model (field "default" covers the rest).</summary>
public sealed class FactSourceEntity
{
    public required string ModelSlug { get; set; }
    public required string Field { get; set; }
    public required string Source { get; set; }
}
