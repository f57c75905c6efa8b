namespace Yardstick.Storage.Entities;

/// <summary>One provider route to one model, with its list price per 1M tokens. Holds the key's variable name, never a key.</summary>
public sealed class EndpointEntity : IPriceColumns
{
    public required string Id { get; set; }
    public required string ModelSlug { get; set; }
    public required string Provider { get; set; }
    public required string ApiStyle { get; set; }
    public required string BaseUrl { get; set; }
    public required string ModelId { get; set; }
    public bool FirstParty { get; set; }
    public string? ApiKeyEnvironmentVariable { get; set; }
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
    /// <summary>Hourly cost of the machine behind a self-hosted endpoint (catalog <c>hardware</c>).</summary>
    public decimal? HardwareHourlyUsd { get; set; }
    public string? HardwareDescription { get; set; }
    public string? HardwareSource { get; set; }
}
