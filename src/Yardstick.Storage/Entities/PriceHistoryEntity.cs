namespace Yardstick.Storage.Entities;

/// <summary>
/// One dated price of one endpoint from one import. No foreign key to the endpoint: history outlives catalog
/// re-imports, which replace the endpoint rows.
/// </summary>
public sealed class PriceHistoryEntity : IPriceColumns
{
    public long Id { get; set; }
    public required string EndpointId { get; set; }
    public required string ModelSlug { get; set; }
    public required string Provider { get; set; }
    public DateTimeOffset EffectiveFromUtc { get; set; }
    public decimal? InputPriceUsdPer1M { get; set; }
    public decimal? CachedInputPriceUsdPer1M { get; set; }
    public decimal? OutputPriceUsdPer1M { get; set; }
    public decimal? CacheWritePriceUsdPer1M { get; set; }
    public decimal? ReasoningPriceUsdPer1M { get; set; }
    public long? LongContextAboveTokens { get; set; }
    public decimal? LongContextInputPriceUsdPer1M { get; set; }
    public decimal? LongContextCachedInputPriceUsdPer1M { get; set; }
    public decimal? LongContextOutputPriceUsdPer1M { get; set; }
    public string? PriceSource { get; set; }
    public required string Feed { get; set; }
    public long ImportId { get; set; }
}
