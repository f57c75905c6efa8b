using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;
using Yardstick.Storage.Entities;

namespace Yardstick.Storage.Catalog;

/// <summary>A <see cref="TokenPrice"/> ⇄ the price columns of an endpoint or price-history row.</summary>
internal static class PriceColumns
{
    public static void Write(TokenPrice price, IPriceColumns row)
    {
        row.InputPriceUsdPer1M = price.Input?.Value;
        row.CachedInputPriceUsdPer1M = price.CachedInput?.Value;
        row.OutputPriceUsdPer1M = price.Output?.Value;
        row.CacheWritePriceUsdPer1M = price.CacheWrite?.Value;
        row.ReasoningPriceUsdPer1M = price.Reasoning?.Value;
        row.LongContextAboveTokens = price.LongContext?.ThresholdTokens;
        row.LongContextInputPriceUsdPer1M = price.LongContext?.Input?.Value;
        row.LongContextCachedInputPriceUsdPer1M = price.LongContext?.CachedInput?.Value;
        row.LongContextOutputPriceUsdPer1M = price.LongContext?.Output?.Value;
        row.PriceSource = price.Source?.ToString();
    }

    public static TokenPrice Read(IPriceColumns row) =>
        new(Usd(row.InputPriceUsdPer1M), Usd(row.CachedInputPriceUsdPer1M), Usd(row.OutputPriceUsdPer1M),
            row.PriceSource is null ? null : Source(row.PriceSource))
        {
            CacheWrite = Usd(row.CacheWritePriceUsdPer1M),
            Reasoning = Usd(row.ReasoningPriceUsdPer1M),
            LongContext = row.LongContextAboveTokens is { } above
                ? new LongContextTier(above, Usd(row.LongContextInputPriceUsdPer1M), Usd(row.LongContextCachedInputPriceUsdPer1M), Usd(row.LongContextOutputPriceUsdPer1M))
                : null,
        };

    private static UsdPerMillionTokens? Usd(decimal? value) => value is null ? null : new UsdPerMillionTokens(value.Value);

    public static FactSource Source(string text) =>
        FactSource.TryParse(text) ?? throw new InvalidDataException($"Stored source '{text}' is not a source; was the database edited by hand?");
}
