using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;
using Yardstick.Core.Runs;
using static Yardstick.Core.Tests.Pages.ModelMeasurementsTests;

namespace Yardstick.Core.Tests.Pages;

public sealed class ProviderComparisonTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static RunRecord PerfRun(string id, string? endpointId, string? location, double hoursAgo, double speed, string baseUrl = "https://api.example.org/v1") =>
        Run(id, RunKind.Perf, Now.AddHours(-hoursAgo), Perf(speed)) with
        {
            Task = SpeedRule.HeadlineTask, EndpointId = endpointId, Location = location, BaseUrl = baseUrl, ConfigurationJson = """{"concurrency":1}""",
        };

    [Fact]
    public void Each_endpoint_and_location_gets_its_own_price_and_speed_rule()
    {
        // Given two catalog routes ($2/$8 and $1/$4), the first measured from eu (twice) and us, the second never,
        // and one run against a base URL the catalog does not list
        var model = SeedCards.Proprietary("m", 0, 0, false, ("Vendor", 2m, 8m, true), ("Reseller", 1m, 4m, false));
        var measured = ModelMeasurements.From(
        [
            PerfRun("eu-1", "m@vendor", "eu", 1, 100), PerfRun("eu-2", "m@vendor", "eu", 10, 120), PerfRun("us-1", "m@vendor", "us", 2, 60),
            PerfRun("local", null, null, 3, 300, baseUrl: "http://127.0.0.1:8000/v1"),
        ], Now);

        // When the providers are compared
        var rows = ProviderComparison.Of(model, measured, BlendRatio.Default);

        // Then each (route, location) has its own median under the rule, the unmeasured route is listed without a
        // speed, and the unlisted base URL comes last with no price
        Assert.Equal(["Vendor · eu", "Vendor · us", "Reseller · no location label", "http://127.0.0.1:8000/v1 · no location label"], rows.Select(r => r.Label));
        Assert.Equal(110, rows[0].Speed!.OutputTokensPerSecond);
        Assert.Equal(["eu-1", "eu-2"], rows[0].Speed!.RunIds);
        Assert.Equal(60, rows[1].Speed!.OutputTokensPerSecond);
        Assert.Null(rows[2].Speed);
        Assert.Equal(3.5m, rows[0].Blended!.Value.Value); // (3 × $2 + $8) / 4
        Assert.Equal(1.75m, rows[2].Blended!.Value.Value);
        Assert.Null(rows[3].Endpoint);
        Assert.Null(rows[3].Blended);
        Assert.Equal(300, rows[3].Speed!.OutputTokensPerSecond);
    }

    [Fact]
    public void A_model_with_one_route_and_no_runs_has_one_row()
    {
        var rows = ProviderComparison.Of(SeedCards.Gpt41, ModelMeasurements.None, BlendRatio.Default);

        var row = Assert.Single(rows);
        Assert.Null(row.Speed);
        Assert.Null(row.Location);
    }
}
