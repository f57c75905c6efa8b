using Yardstick.Core.Catalog;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;

namespace Yardstick.Core.Tests.Pages;

public sealed class PriceQuoteTests
{
    internal static SelfHostingCost Measured(decimal input, decimal output, string runId = "perf-1") => new(
        new HardwareRate(2.5m, "1x L40S", new FactSource(FactSourceKind.User, "")),
        new SelfHostingCostPoint(runId, 4, 100, 1000, new UsdPerMillionTokens(input), new UsdPerMillionTokens(output), null, true),
        [], null);

    internal static ModelCard SelfHosted(string slug, double paramsB = 4) => SeedCards.Open(slug, paramsB) with
    {
        Endpoints = [SeedCards.Endpoint(slug, "Self-hosted", 0m, 0m, false)],
    };

    [Fact]
    public void A_list_price_wins_over_a_measured_cost()
    {
        var quote = PriceQuote.Of(SeedCards.Gpt41, ModelMeasurements.None with { SelfHosting = Measured(1m, 1m) });

        Assert.False(quote!.IsMeasured);
        Assert.Equal(2m, quote.Price.Input!.Value.Value);
    }

    [Fact]
    public void Without_a_list_price_the_measured_cost_is_the_price_marked_measured()
    {
        var quote = PriceQuote.Of(SelfHosted("m"), ModelMeasurements.None with { SelfHosting = Measured(0.2m, 1.4m) });

        Assert.True(quote!.IsMeasured);
        Assert.Equal(new FactSource(FactSourceKind.Measured, "perf-1"), quote.Price.Source);
        Assert.Equal(0.5m, HeadlineBlend.Of(SelfHosted("m"), ModelMeasurements.None with { SelfHosting = Measured(0.2m, 1.4m) })!.Value.Value);
    }

    [Fact]
    public void Neither_gives_no_price_never_zero()
    {
        Assert.Null(PriceQuote.Of(SelfHosted("m"), ModelMeasurements.None));
        Assert.Null(HeadlineBlend.Of(SelfHosted("m"), ModelMeasurements.None));
    }
}
