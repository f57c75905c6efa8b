using Yardstick.Core.Catalog;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;

namespace Yardstick.Web.Api;

/// <summary>Maps Core's prices, self-hosting costs and history to the API's records.</summary>
internal static class PriceDtos
{
    public static PriceDto For(ModelCard model, ModelMeasurements measured, BlendRatio ratio)
    {
        var headline = model.HeadlinePrice;
        var quote = PriceQuote.Of(model, measured);
        return new PriceDto
        {
            Headline = headline is null ? null : Token(headline),
            Blended31 = headline is null ? null : BlendedPrice.Compute(headline, BlendRatio.Default)?.Value,
            BlendedCacheAware = headline is null ? null : BlendedPrice.Compute(headline, BlendRatio.CacheAware)?.Value,
            CacheAwareRatio = "7:2:1 input:cached:output",
            MeasuredSelfHosting = measured.SelfHosting is { } cost ? SelfHosting(cost) : null,
            EffectiveBlended = quote is null ? null : BlendedPrice.Compute(quote.Price, ratio)?.Value,
            EffectiveKind = quote is null ? null : quote.IsMeasured ? "measured_self_hosting" : "list",
            HistoryUrl = $"/api/models/{Uri.EscapeDataString(model.Slug)}/prices",
        };
    }

    public static TokenPriceDto Token(TokenPrice p) => new()
    {
        Input = ModelDtos.Price(p.Input),
        CachedInput = ModelDtos.Price(p.CachedInput),
        CacheWrite = ModelDtos.Price(p.CacheWrite),
        Output = ModelDtos.Price(p.Output),
        Reasoning = ModelDtos.Price(p.Reasoning),
        LongContext = p.LongContext is { } t
            ? new LongContextTierDto(t.ThresholdTokens, ModelDtos.Price(t.Input), ModelDtos.Price(t.CachedInput), ModelDtos.Price(t.Output))
            : null,
        Source = p.Source?.ToString(),
    };

    public static SelfHostingCostDto SelfHosting(SelfHostingCost cost) => new()
    {
        UsdPer1MInput = cost.Chosen?.Input?.Value,
        UsdPer1MOutput = cost.Chosen?.Output?.Value,
        Blended31 = cost.Chosen?.Blended?.Value,
        HourlyUsd = cost.Hardware.HourlyUsd,
        Hardware = cost.Hardware.Description,
        HardwareSource = cost.Hardware.Source?.ToString(),
        RunId = cost.Chosen?.RunId,
        Load = cost.Chosen?.Load,
        SourceRunIds = cost.SourceRunIds,
        Label = cost.Label,
        UnavailableReason = cost.UnavailableReason,
        Curve = cost.Curve.Select(p => new SelfHostingPointDto(p.RunId, Formatting.Links.Run(p.RunId), p.Load, Finite(p.OutputTokensPerSecond),
            Finite(p.PrefillTokensPerSecond), p.Input?.Value, p.Output?.Value, p.Blended?.Value, p.WithinSlo)).ToList(),
    };

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
