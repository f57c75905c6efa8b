using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;

namespace Yardstick.Core.Pages;

/// <summary>
/// The one price a chart plots for a model: its blended headline price and where it came from. A price whose source is
/// <c>measured:&lt;run id&gt;</c> is a measured self-hosting cost (what this machine's time costs per token), not a list
/// price; charts mark the two apart.
/// </summary>
public sealed record PricePoint(UsdPerMillionTokens Blended, FactSource? Source)
{
    public bool IsMeasuredCost => Source?.Kind == FactSourceKind.Measured;

    /// <summary>The headline price blended by <paramref name="ratio"/>; null when no route lists a price.</summary>
    public static PricePoint? Of(ModelCard model, BlendRatio? ratio = null) => Of(model.HeadlinePrice, ratio);

    /// <summary>
    /// The listed headline price when there is one, else the measured self-hosting cost (<see cref="PriceQuote"/>'s order),
    /// blended by <paramref name="ratio"/>; null when neither exists.
    /// </summary>
    public static PricePoint? Of(ModelCard model, SelfHostingCost? measured, BlendRatio? ratio = null) =>
        Of(model, ratio) ?? Of(measured?.AsTokenPrice(), ratio);

    private static PricePoint? Of(TokenPrice? price, BlendRatio? ratio) =>
        price is not null && BlendedPrice.Compute(price, ratio) is { IsNoPrice: false } blended ? new PricePoint(blended, price.Source) : null;
}
