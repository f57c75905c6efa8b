using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;

namespace Yardstick.Core.Pages;

/// <summary>
/// The monthly cost of one provider route (endpoint) at a traffic, or why it is unavailable; <see cref="SelfHosting"/>
/// is set when the cost is the measured self-hosting cost, not a list price.
/// </summary>
public sealed record RouteCost(EndpointCard Endpoint, MonthlyCost Cost, SelfHostingCost? SelfHosting = null)
{
    public bool IsMeasured => SelfHosting is not null;
}
