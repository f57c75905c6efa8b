using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Tests.Pricing;

public sealed class RunHardwareTests
{
    private static RunRecord Run(string configuration) => new()
    {
        Id = "perf-1", Kind = RunKind.Perf, ApiStyle = "openai-chat", BaseUrl = "http://127.0.0.1:8000/v1", ModelId = "m", Task = "short",
        ConfigurationJson = configuration, YardstickVersion = "0", StartedUtc = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void The_configuration_entry_round_trips()
    {
        var rate = new HardwareRate(2.5m, "1x L40S on-demand", new FactSource(FactSourceKind.User, ""));
        var json = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?> { [RunHardware.ConfigurationKey] = RunHardware.ToConfiguration(rate) });

        Assert.Equal(rate, RunHardware.Read(Run(json)));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"hardware": null}""")]
    [InlineData("""{"hardware": {"hourly_usd": 0}}""")]
    [InlineData("""{"hardware": {"hourly_usd": "2.5"}}""")]
    [InlineData("[1]")]
    [InlineData("not json")]
    public void A_missing_or_unreadable_rate_is_none(string configuration)
    {
        Assert.Null(RunHardware.Read(Run(configuration)));
    }

    [Theory]
    [InlineData("""{"concurrency": 4, "rate_per_s": null}""", 4.0)]
    [InlineData("""{"concurrency": 8, "rate_per_s": 2.5}""", 2.5)]
    [InlineData("{}", null)]
    public void Load_is_the_rate_else_the_concurrency(string configuration, double? expected)
    {
        Assert.Equal(expected, RunHardware.LoadOf(Run(configuration)));
    }
}
