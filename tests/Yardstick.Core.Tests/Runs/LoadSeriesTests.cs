using System.Text.Json;
using Yardstick.Core.Metrics.Capacity;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Tests.Runs;

public sealed class LoadSeriesTests
{
    [Fact]
    public void A_series_written_to_a_configuration_reads_back()
    {
        var series = new LoadSeries(LoadSeries.Capacity, "capacity-20261202T031201Z-3f9a1c", "abc", 8) { Slo = new LoadSlo(TtftSeconds: 0.5, MaxErrorRate: 0.01, Percentile: 99) };
        var run = Run(JsonSerializer.Serialize(new Dictionary<string, object?> { ["concurrency"] = 8, [LoadSeries.ConfigurationKey] = series.ToConfiguration() }));

        Assert.Equal(series, LoadSeries.Read(run));
    }

    [Theory]
    [InlineData("""{"concurrency": 8}""")]
    [InlineData("""{"load_series": {"kind": "ladder"}}""")]
    [InlineData("""{"load_series": "ladder"}""")]
    [InlineData("not json")]
    [InlineData("[]")]
    public void A_configuration_without_a_readable_series_has_none(string configuration) => Assert.Null(LoadSeries.Read(Run(configuration)));

    [Fact]
    public void New_ids_name_the_kind_and_the_time() =>
        Assert.StartsWith("ladder-20261202T031201Z-", LoadSeries.NewId(LoadSeries.Ladder, new DateTimeOffset(2026, 12, 2, 3, 12, 1, TimeSpan.Zero)), StringComparison.Ordinal);

    private static RunRecord Run(string configuration) => new()
    {
        Id = "perf-1", Kind = RunKind.Perf, ApiStyle = "openai-chat", BaseUrl = "http://x/v1", ModelId = "m", Task = "length",
        ConfigurationJson = configuration, YardstickVersion = "t", Host = "h", StartedUtc = DateTimeOffset.UnixEpoch,
    };
}
