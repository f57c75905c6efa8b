namespace Yardstick.Storage.Entities;

/// <summary>A score the model's creator published, with its source.</summary>
public sealed class PublishedScoreEntity
{
    public long Id { get; set; }
    public required string ModelSlug { get; set; }
    public required string Benchmark { get; set; }
    public double Value { get; set; }
    public required string Source { get; set; }
}
