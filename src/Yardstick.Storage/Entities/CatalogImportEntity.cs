namespace Yardstick.Storage.Entities;

/// <summary>One catalog import: when, from where, how many models, and the files' combined hash.</summary>
public sealed class CatalogImportEntity
{
    public long Id { get; set; }
    public DateTimeOffset ImportedUtc { get; set; }
    public required string SourceDirectory { get; set; }
    public int Models { get; set; }
    public required string ContentSha256 { get; set; }
}
