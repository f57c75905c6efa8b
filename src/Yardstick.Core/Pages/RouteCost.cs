using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;

namespace Yardstick.Core.Pages;

/// <summary>The monthly cost of one provider route (endpoint) at a traffic, or why it is unavailable.</summary>
public sealed record RouteCost(EndpointCard Endpoint, MonthlyCost Cost);
