namespace Yardstick.Storage.Entities;

/// <summary>The price columns an endpoint row and a price-history row share (USD per 1M tokens; the tier's threshold in tokens).</summary>
public interface IPriceColumns
{
    decimal? InputPriceUsdPer1M { get; set; }
    decimal? CachedInputPriceUsdPer1M { get; set; }
    decimal? OutputPriceUsdPer1M { get; set; }
    decimal? CacheWritePriceUsdPer1M { get; set; }
    decimal? ReasoningPriceUsdPer1M { get; set; }
    long? LongContextAboveTokens { get; set; }
    decimal? LongContextInputPriceUsdPer1M { get; set; }
    decimal? LongContextCachedInputPriceUsdPer1M { get; set; }
    decimal? LongContextOutputPriceUsdPer1M { get; set; }
    string? PriceSource { get; set; }
}
