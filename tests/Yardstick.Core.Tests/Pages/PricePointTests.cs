using Yardstick.Core.Catalog;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;

namespace Yardstick.Core.Tests.Pages;

public sealed class PricePointTests
{
    [Fact]
    public void A_listed_price_is_blended_and_not_a_measured_cost()
    {
        // Given GPT-4.1 at $2 input / $8 output
        var point = PricePoint.Of(SeedCards.Gpt41)!;

        // Then its point is the 3:1 blend, a list price
        Assert.Equal(3.5m, point.Blended.Value);
        Assert.False(point.IsMeasuredCost);
    }

    [Fact]
    public void A_price_measured_by_a_run_is_a_measured_self_hosting_cost()
    {
        // Given a self-hosted model whose price a run measured
        var measured = SeedCards.Gpt41 with
        {
            Endpoints = [.. SeedCards.Gpt41.Endpoints.Select(e => e with { Price = e.Price with { Source = new FactSource(FactSourceKind.Measured, "perf-1") } })],
        };

        // Then its point says so
        Assert.True(PricePoint.Of(measured)!.IsMeasuredCost);
    }

    [Fact]
    public void A_model_with_no_listed_price_has_no_point() =>
        Assert.Null(PricePoint.Of(SeedCards.Open("qwen3-4b", 4.0)));

    [Fact]
    public void A_self_hosted_model_plots_at_its_measured_cost_and_a_listed_price_wins_over_it()
    {
        // Given a run that measured $0.02 input / $0.80 output per 1M tokens at $0.10/h
        var point = new SelfHostingCostPoint("perf-1", 1, 30, 1200, new UsdPerMillionTokens(0.02m), new UsdPerMillionTokens(0.80m), null, true);
        var cost = new SelfHostingCost(new HardwareRate(0.10m, "2-vCPU VM", new FactSource(FactSourceKind.User, "")), point, [point], null);

        // When a model without a list price, and one with, are plotted
        var selfHosted = PricePoint.Of(SeedCards.Open("qwen3-4b", 4.0), cost)!;
        var listed = PricePoint.Of(SeedCards.Gpt41, cost)!;

        // Then the first is its measured cost blended 3:1, marked measured; the second keeps its list price
        Assert.Equal(0.215m, selfHosted.Blended.Value);
        Assert.True(selfHosted.IsMeasuredCost);
        Assert.Equal(3.5m, listed.Blended.Value);
        Assert.False(listed.IsMeasuredCost);
    }
}
