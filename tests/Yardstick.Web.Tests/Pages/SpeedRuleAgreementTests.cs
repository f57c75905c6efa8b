using System.Text.Json;

namespace Yardstick.Web.Tests.Pages;

/// <summary>The one speed rule: every page, the API and the CSV show the same speed and TTFT for a model, and say the rule.</summary>
public sealed class SpeedRuleAgreementTests(HistorySite site) : IClassFixture<HistorySite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // GPT-4o's headline runs on its newest headline endpoint (OpenAI, "us") within 72 h have medians 100, 110 and 120
    // tokens/s and 410, 510, 310 ms: the rule's figures are 110 tokens/s and 410 ms. The 10k-token run, the Azure runs
    // and the 5-day-old run are not mixed in.
    private const string Speed = "110", Ttft = "410 ms";

    [Fact]
    public async Task Home_leaderboard_model_compare_api_and_csv_show_the_same_speed()
    {
        // When every page kind, the API and the CSV are read
        var home = await site.Client.GetStringAsync("/", Ct);
        var board = await site.Client.GetStringAsync("/leaderboard", Ct);
        var model = await site.Client.GetStringAsync("/models/gpt-4o", Ct);
        var compare = await site.Client.GetStringAsync("/compare/gpt-4o/gpt-4.1", Ct);
        using var api = JsonDocument.Parse(await site.Client.GetStringAsync("/api/models/gpt-4o", Ct));
        var csv = (await site.Client.GetStringAsync("/api/models.csv", Ct)).Split('\n');

        // Then each shows 110 tokens/s (and 410 ms where TTFT is shown), linked to the newest run behind it
        Assert.Contains($"<a href=\"/runs/perf-h-openai-1\" title=\"median of 3 runs over the last 72 h\">{Speed}</a>", home, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/runs/perf-h-openai-1\">{Speed}</a>", board, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/runs/perf-h-openai-1\">{Ttft}</a>", board, StringComparison.Ordinal);
        Assert.Contains($"<div class=\"figure\">{Speed} <small>tokens/s</small></div>", model, StringComparison.Ordinal);
        Assert.Contains("Median output speed (median of 3 runs over the last 72 h)", model, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"num\">{Speed}</td><td class=\"num\">{Ttft}</td>", compare, StringComparison.Ordinal);
        var speed = api.RootElement.GetProperty("measured").GetProperty("speed");
        Assert.Equal(110, speed.GetProperty("output_tokens_per_s").GetDouble(), 9);
        Assert.Equal(0.41, speed.GetProperty("ttft_s").GetDouble(), 9);
        Assert.Equal("window", speed.GetProperty("basis").GetString());
        Assert.Equal(["perf-h-openai-1", "perf-h-openai-2", "perf-h-openai-3"], speed.GetProperty("run_ids").EnumerateArray().Select(r => r.GetString()));
        var header = csv[0].Split(',');
        var row = csv.Single(l => l.StartsWith("gpt-4o,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("110", row[Array.IndexOf(header, "median_output_tokens_per_s")]);
        Assert.Equal(0.41, double.Parse(row[Array.IndexOf(header, "median_ttft_s")], System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.Equal("window", row[Array.IndexOf(header, "speed_basis")]);
        // and every page states the rule
        foreach (var page in new[] { home, board, model, compare })
            Assert.Contains("id=\"speed-rule\"", page, StringComparison.Ordinal);
    }
}
