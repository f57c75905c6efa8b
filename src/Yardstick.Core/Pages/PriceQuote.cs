using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;

namespace Yardstick.Core.Pages;

/// <summary>
/// The price a page uses for a model: its headline list price (<see cref="ModelCard.HeadlinePrice"/>), else its
/// measured self-hosting cost, flagged as such (<see cref="IsMeasured"/>) so that pages and charts can mark it.
/// </summary>
public sealed record PriceQuote(TokenPrice Price, SelfHostingCost? SelfHosting)
{
    public bool IsMeasured => SelfHosting is not null;

    public static PriceQuote? Of(ModelCard model, ModelMeasurements? measured)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.HeadlinePrice is { } list)
            return new PriceQuote(list, null);
        return measured?.SelfHosting is { } cost && cost.AsTokenPrice() is { } price ? new PriceQuote(price, cost) : null;
    }
}
