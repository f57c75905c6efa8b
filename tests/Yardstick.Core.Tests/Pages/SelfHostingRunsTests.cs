using Yardstick.Core.Catalog;
using Yardstick.Core.Metrics;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Tests.Pages;

public sealed class SelfHostingRunsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static string Config(int concurrency, decimal? hourly, string task = "short") =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["workload"] = task,
            ["concurrency"] = concurrency,
            ["rate_per_s"] = null,
            [RunHardware.ConfigurationKey] = hourly is null ? null : RunHardware.ToConfiguration(new HardwareRate(hourly.Value, "1x L40S", new FactSource(FactSourceKind.User, ""))),
        });

    private static RunRecord Run(string id, int minutes, int concurrency, decimal? hourly, string task = "short", string? endpoint = "m@self-hosted") =>
        ModelMeasurementsTests.Run(id, RunKind.Perf, T0.AddMinutes(minutes), ModelMeasurementsTests.Perf(10)) with
        {
            ConfigurationJson = Config(concurrency, hourly, task), Task = task, EndpointId = endpoint,
        };

    private static ModelCard Model(HardwareRate? catalogHardware = null) => SeedCards.Open("m", 4) with
    {
        Endpoints =
        [
            SeedCards.Endpoint("m", "Self-hosted", 0m, 0m, false) with { Id = "m@self-hosted", Hardware = catalogHardware },
        ],
    };

    [Fact]
    public void The_newest_run_with_hardware_sets_the_ladder_and_each_load_counts_once()
    {
        // Given a ladder at 1, 2, 4 (and an older repeat at 2), an older ladder at another rate, and a run of another workload
        var runs = ModelMeasurements.From(
        [
            Run("c1", 10, 1, 2.5m), Run("c2-old", 5, 2, 2.5m), Run("c2", 11, 2, 2.5m), Run("c4", 12, 4, 2.5m),
            Run("other-rate", 1, 8, 1.0m), Run("other-task", 2, 8, 2.5m, task: "long"), Run("no-hardware", 13, 16, null),
        ]);

        var selected = SelfHostingRuns.Select(Model(), runs)!;

        Assert.Equal(2.5m, selected.Hardware.HourlyUsd);
        Assert.Equal(["c4", "c2", "c1"], selected.Runs.Select(r => r.Run.Id));
    }

    [Fact]
    public void Without_a_rate_in_the_run_the_catalog_endpoint_hardware_is_used()
    {
        var runs = ModelMeasurements.From([Run("c1", 10, 1, null)]);

        var selected = SelfHostingRuns.Select(Model(new HardwareRate(0.1m, "2 vCPU", null)), runs);

        Assert.Equal(0.1m, selected!.Hardware.HourlyUsd);
    }

    [Fact]
    public void No_hardware_anywhere_means_no_self_hosting_cost()
    {
        Assert.Null(SelfHostingRuns.Select(Model(), ModelMeasurements.From([Run("c1", 10, 1, null)])));
    }

    [Fact]
    public void Cost_comes_from_each_run_samples()
    {
        // Given one run at concurrency 1: 1,000 output tokens over 10 s, 2,000 prompt tokens prefilled in 1 s
        var runs = ModelMeasurements.From([Run("c1", 10, 1, 3.6m)]);
        SampleRecord[] samples =
        [
            new() { RunId = "c1", PromptId = "p", RequestStartedUtc = T0, TtftSeconds = 1, LastTokenSeconds = 10, InputTokensNormalised = 2000, OutputTokensNormalised = 1000 },
        ];

        var cost = SelfHostingRuns.Select(Model(), runs)!.Cost(_ => samples);

        // Then $3.60/h over 100 tok/s = $10 per 1M output tokens; over 2,000 tok/s prefill = $0.50 per 1M input
        Assert.Equal(10m, cost.Chosen!.Output!.Value.Value);
        Assert.Equal(0.5m, cost.Chosen.Input!.Value.Value);
        Assert.Equal(1, cost.Chosen.Load);
    }
}
