using Yardstick.Core.Catalog;
using Yardstick.Core.Pages;

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
}
