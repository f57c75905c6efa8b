using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;

namespace Yardstick.Core.Tests.Pricing;

public sealed class SelfHostingCostCalculatorTests
{
    private static readonly HardwareRate L40S = new(2.50m, "1x L40S on-demand", new FactSource(FactSourceKind.User, ""));

    private static LoadThroughput Level(string runId, double load, long outputTokens, double windowSeconds, long inputTokens = 0, double prefillSeconds = 0, double? goodput = null) => new()
    {
        RunId = runId, Load = load, SucceededRequests = 10, InputTokens = inputTokens, OutputTokens = outputTokens,
        WindowSeconds = windowSeconds, PrefillSeconds = prefillSeconds, GoodputFraction = goodput,
    };

    [Theory]
    // hourly, output tokens/s → USD per 1M output tokens = hourly / (3600 × tps) × 1e6
    [InlineData(2.50, 1000, 0.694444)]
    [InlineData(2.50, 250, 2.777778)]
    [InlineData(0.10, 100, 0.277778)]
    [InlineData(1.00, 1_000_000.0 / 3600, 1.0)]
    public void Cost_per_million_is_the_hourly_rate_over_tokens_per_hour(double hourly, double tokensPerSecond, double expected)
    {
        Assert.Equal((decimal)expected, SelfHostingCostCalculator.PerMillion((decimal)hourly, tokensPerSecond)!.Value.Value);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    [InlineData(-5.0)]
    public void No_throughput_gives_no_cost_never_zero(double tokensPerSecond)
    {
        Assert.Null(SelfHostingCostCalculator.PerMillion(2.5m, tokensPerSecond));
    }

    [Fact]
    public void Chooses_the_load_with_the_best_throughput_within_the_slo()
    {
        // Given a ladder: 1 → 100 tok/s, 4 → 300 tok/s, 8 → 500 tok/s but only 60 % of requests met the SLO
        LoadThroughput[] ladder =
        [
            Level("perf-c8", 8, 5000, 10, goodput: 0.6),
            Level("perf-c1", 1, 1000, 10, 20_000, 10, goodput: 1.0),
            Level("perf-c4", 4, 3000, 10, 40_000, 10, goodput: 0.95),
        ];

        var cost = SelfHostingCostCalculator.From(L40S, ladder);

        Assert.Equal("perf-c4", cost.Chosen!.RunId);
        Assert.Equal(2.314815m, cost.Chosen.Output!.Value.Value);        // 2.5 / (3600 × 300) × 1e6
        Assert.Equal(0.173611m, cost.Chosen.Input!.Value.Value);         // 2.5 / (3600 × 4000) × 1e6
        Assert.Equal(0.708912m, cost.Chosen.Blended!.Value.Value);       // (3 × 0.173611 + 2.314815) / 4
        Assert.Equal(["perf-c1", "perf-c4", "perf-c8"], cost.SourceRunIds);
        Assert.False(cost.Curve[2].WithinSlo);
        Assert.Equal(new FactSource(FactSourceKind.Measured, "perf-c4"), cost.AsTokenPrice()!.Source);
    }

    [Fact]
    public void Runs_without_an_slo_are_all_within_it()
    {
        var cost = SelfHostingCostCalculator.From(L40S, [Level("perf-a", 1, 1000, 10, 1000, 1), Level("perf-b", 2, 1800, 10, 1000, 1)]);

        Assert.Equal("perf-b", cost.Chosen!.RunId);
    }

    [Fact]
    public void When_no_level_meets_the_slo_there_is_no_cost_and_a_reason()
    {
        var cost = SelfHostingCostCalculator.From(L40S, [Level("perf-a", 1, 1000, 10, goodput: 0.5)]);

        Assert.Null(cost.Chosen);
        Assert.Null(cost.AsTokenPrice());
        Assert.Equal("no load level met the SLO", cost.UnavailableReason);
        Assert.Single(cost.Curve);
    }

    [Fact]
    public void Without_prefill_time_the_input_part_is_missing_and_so_is_the_price()
    {
        var cost = SelfHostingCostCalculator.From(L40S, [Level("perf-a", 1, 1000, 10)]);

        Assert.NotNull(cost.Chosen!.Output);
        Assert.Null(cost.Chosen.Input);
        Assert.Null(cost.AsTokenPrice());
    }

    [Fact]
    public void Label_names_the_rate_the_hardware_and_the_run()
    {
        var cost = SelfHostingCostCalculator.From(L40S, [Level("perf-a", 1, 1000, 10, 1000, 1)]);

        Assert.Equal("measured self-hosting cost at $2.50/h (1x L40S on-demand) (run perf-a)", cost.Label);
    }
}
