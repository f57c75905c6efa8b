using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;

namespace Yardstick.Core.Pages;

/// <summary>A model's blended headline price: <see cref="ModelCard.HeadlinePrice"/> blended by the ratio; null when no price is listed.</summary>
public static class HeadlineBlend
{
    public static UsdPerMillionTokens? Of(ModelCard model, BlendRatio? ratio = null) =>
        model.HeadlinePrice is { } price ? BlendedPrice.Compute(price, ratio) : null;

    /// <summary>The blended <see cref="PriceQuote"/>: the list price, else the measured self-hosting cost.</summary>
    public static UsdPerMillionTokens? Of(ModelCard model, ModelMeasurements? measured, BlendRatio? ratio = null) =>
        PriceQuote.Of(model, measured) is { } quote ? BlendedPrice.Compute(quote.Price, ratio) : null;
}
