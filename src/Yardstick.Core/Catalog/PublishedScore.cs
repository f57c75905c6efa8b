namespace Yardstick.Core.Catalog;

/// <summary>A benchmark score the model's creator published (model card, vendor page); never a third-party site's.</summary>
public sealed record PublishedScore(string Benchmark, double Value, FactSource Source);
