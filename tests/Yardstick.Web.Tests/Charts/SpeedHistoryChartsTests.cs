using System.Text.Json;
using Yardstick.Core.Catalog;
using Yardstick.Core.Runs;
using Yardstick.Web.Tests.Seed;

namespace Yardstick.Web.Tests.Charts;

public sealed class SpeedHistoryChartsTests(HistorySite site) : IClassFixture<HistorySite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_perf_run_of_14_days_is_a_point_per_endpoint_and_location_flagged_for_72_h()
    {
        // When the data of GPT-4o's speed-over-time chart is read
        using var data = JsonDocument.Parse(await site.Client.GetStringAsync("/api/charts/models/gpt-4o/speed-over-time/data.json", Ct));
        var points = data.RootElement.EnumerateArray().ToList();

        // Then each run is a point at its run's median, on a line per endpoint · location (· workload, since two were run),
        // linked to its run, with only the 5-day-old run outside the 72 h window
        Assert.Equal(SeedHistory.Runs.Length + 1, points.Count);
        var old = Assert.Single(points, p => !p.GetProperty("in_72h").GetBoolean());
        Assert.Equal("perf-h-openai-old", old.GetProperty("run").GetString());
        Assert.Equal(60, old.GetProperty("value").GetDouble(), 6);
        Assert.Equal("/runs/perf-h-openai-old", old.GetProperty("href").GetString());
        var series = points.Select(p => p.GetProperty("part").GetString()!).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["https://azure-openai.example.org/v1 · eu · prompt-length-100", "https://openai.example.org/v1 · us · prompt-length-100",
            "https://openai.example.org/v1 · us · prompt-length-10000"], series);
    }

    [Fact]
    public async Task The_page_offers_the_72_h_toggle_a_summary_and_the_APIs_history_as_its_data_download()
    {
        // When GPT-4o's page and its TTFT chart's spec are read
        var html = await site.Client.GetStringAsync("/models/gpt-4o", Ct);
        using var spec = JsonDocument.Parse(await site.Client.GetStringAsync("/api/charts/models/gpt-4o/ttft-over-time/spec.json", Ct));

        // Then both time series are on the page with their summary and a data link to the speed-history API
        Assert.Contains("id=\"chart-speed-over-time\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-ttft-over-time\"", html, StringComparison.Ordinal);
        Assert.Contains("7 perf runs in the last 14 days (6 in the last 72 h) on 3 endpoints and locations", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/models/gpt-4o/speed-history?days=14\"", html, StringComparison.Ordinal);
        // and the spec binds a 14 d / 72 h radio toggle that filters on the flag
        var toggle = spec.RootElement.GetProperty("params")[0];
        Assert.Equal("14 d", toggle.GetProperty("value").GetString());
        Assert.Equal(["14 d", "72 h"], toggle.GetProperty("bind").GetProperty("options").EnumerateArray().Select(o => o.GetString()));
        Assert.Contains("datum.in_72h", spec.RootElement.GetProperty("transform")[0].GetProperty("filter").GetString(), StringComparison.Ordinal);
        Assert.Equal("Median time to first token (s)", spec.RootElement.GetProperty("layer")[0].GetProperty("encoding").GetProperty("y").GetProperty("title").GetString());
    }

    [Fact]
    public async Task With_one_run_the_chart_shows_one_point_and_says_so()
    {
        // Given a model measured once, an hour ago
        var runs = new InMemoryRunStore();
        await SeedRuns.AddPerfAsync(runs, "perf-once", SeedCatalog.Gpt4o, DateTimeOffset.UtcNow.AddHours(-1), [50, 52, 54], 0.3, failed: 0, Ct, task: "prompt-length-100");
        await using var one = await SiteServer.StartAsync(new InMemoryCatalogStore(SeedCatalog.All()), runs, cancellationToken: Ct);

        // When its page is read
        var html = await one.Client.GetStringAsync("/models/gpt-4o", Ct);

        // Then the time series says it has one point and that later runs add points
        Assert.Contains("One perf run so far, so one point (52 tokens/s, http://127.0.0.1:8000/v1 · no location label)", html, StringComparison.Ordinal);
        Assert.Contains("each later run (the scheduler measures again) adds a point", html, StringComparison.Ordinal);
    }
}
