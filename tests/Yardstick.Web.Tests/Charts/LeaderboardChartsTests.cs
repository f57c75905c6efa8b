using System.Text.Json.Nodes;

namespace Yardstick.Web.Tests.Charts;

/// <summary>The leaderboard's charts over the seed site, read through their downloads (the same builder as the page).</summary>
public sealed class LeaderboardChartsTests(SeededSite site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonArray> DataAsync(string chart) =>
        JsonNode.Parse(await site.Client.GetStringAsync($"/api/charts/leaderboard/{chart}/data.json", Ct))!.AsArray();

    [Fact]
    public async Task Speed_vs_price_plots_only_priced_measured_models_with_their_runs()
    {
        // When the speed-vs-price data is downloaded
        var rows = await DataAsync("speed-vs-price");

        // Then it holds GPT-4o and Haiku 4.5 (priced and measured), each with its listed price kind and perf run
        Assert.Equal(["Claude Haiku 4.5", "GPT-4o"], rows.Select(r => r!["name"]!.GetValue<string>()).Order());
        Assert.All(rows, r => Assert.Equal("listed price", r!["price_kind"]!.GetValue<string>()));
        Assert.All(rows, r => Assert.StartsWith("perf-", r!["run"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_500_token_time_is_stacked_from_parts_that_add_up_to_the_runs_figure()
    {
        // When the end-to-end data is downloaded
        var rows = await DataAsync("e2e-500");
        var runs = JsonNode.Parse(await site.Client.GetStringAsync("/api/models", Ct))!.AsArray();

        // Then each model's three parts add up to its perf run's e2e_500_s
        foreach (var model in rows.GroupBy(r => r!["name"]!.GetValue<string>()))
        {
            Assert.Equal(3, model.Count());
            var total = model.Sum(r => r!["seconds"]!.GetValue<double>());
            var perf = runs.First(m => m!["name"]!.GetValue<string>() == model.Key)!["measured"]!["perf"]!["summary"]!["e2e_500_s"]!.GetValue<double>();
            Assert.Equal(perf, total, 6);
        }
    }

    [Fact]
    public async Task Every_download_answers_and_an_unknown_chart_or_file_is_404()
    {
        // When the spec, JSON and CSV of one chart are asked for, and then nonsense
        var spec = JsonNode.Parse(await site.Client.GetStringAsync("/api/charts/leaderboard/context-window/spec.json", Ct))!;
        var csv = await site.Client.GetStringAsync("/api/charts/leaderboard/context-window/data.csv", Ct);
        var unknownChart = await site.Client.GetAsync("/api/charts/leaderboard/nope/spec.json", Ct);
        var unknownFile = await site.Client.GetAsync("/api/charts/leaderboard/context-window/spec.xml", Ct);

        // Then the spec carries its data inline, the CSV its header, and the rest is a JSON 404
        Assert.Equal(8, spec["data"]!["values"]!.AsArray().Count);
        Assert.StartsWith("name,href,creator,tokens,highlight\r\n", csv, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknownChart.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknownFile.StatusCode);
        Assert.Contains("\"error\"", await unknownFile.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_pages_peer_bars_highlight_the_model_among_its_class()
    {
        // When Qwen3 4B's peer speed chart data is downloaded
        var rows = JsonNode.Parse(await site.Client.GetStringAsync("/api/charts/models/qwen3-4b-reasoning/peers-speed/data.json", Ct))!.AsArray();

        // Then only open tiny models are there, fastest first, and Qwen3 4B is the highlighted one
        Assert.Equal(["Qwen3.5-4B", "Qwen3 4B (Reasoning)"], rows.Select(r => r!["name"]!.GetValue<string>()));
        Assert.True(rows[1]!["highlight"]!.GetValue<bool>());
        Assert.False(rows[0]!["highlight"]!.GetValue<bool>());
    }
}
