using Yardstick.Core.Catalog;

namespace Yardstick.Core.Pricing;

/// <summary>
/// The measured cost of serving a model on hardware rented by the hour: one point per load level (the cost-vs-load
/// curve) and the chosen point, the load with the best output throughput within the SLO. Null
/// <see cref="Chosen"/> comes with <see cref="UnavailableReason"/>.
/// </summary>
public sealed record SelfHostingCost(
    HardwareRate Hardware,
    SelfHostingCostPoint? Chosen,
    IReadOnlyList<SelfHostingCostPoint> Curve,
    string? UnavailableReason)
{
    /// <summary>Every run behind the curve, by load.</summary>
    public IReadOnlyList<string> SourceRunIds => Curve.Select(p => p.RunId).ToList();

    /// <summary>
    /// The chosen point as a price (source <c>measured:&lt;run id&gt;</c>), so that monthly cost, blends and placements can
    /// use it like a list price; null when no point was chosen or a part could not be measured.
    /// </summary>
    public TokenPrice? AsTokenPrice() => Chosen is { Input: { } input, Output: { } output } c
        ? new TokenPrice(input, null, output, new FactSource(FactSourceKind.Measured, c.RunId))
        : null;

    /// <summary>"measured self-hosting cost at $2.50/h (1x L40S on-demand) (run perf-…)".</summary>
    public string Label => $"measured self-hosting cost at {Hardware}" + (Chosen is { } c ? $" (run {c.RunId})" : "");
}
