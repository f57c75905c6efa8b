using System.Text.Json.Nodes;

namespace Yardstick.Web.Tests.Charts;

/// <summary>The comparison page's side-by-side charts and significance statements, over the seed site.</summary>
public sealed class CompareChartsTests(SeededSite site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Speed_bars_put_both_measured_models_side_by_side_with_their_runs()
    {
        // When the speed chart of GPT-4o vs Claude Haiku 4.5 (both measured) is downloaded
        var rows = JsonNode.Parse(await site.Client.GetStringAsync("/api/charts/compare/gpt-4o/claude-haiku-4.5/compare-speed/data.json", Ct))!.AsArray();

        // Then it has one bar per model, each from its perf run
        Assert.Equal(["GPT-4o", "Claude Haiku 4.5"], rows.Select(r => r!["part"]!.GetValue<string>()));
        Assert.Equal([110d, 160d], rows.Select(r => r!["value"]!.GetValue<double>()));
        Assert.All(rows, r => Assert.StartsWith("perf-", r!["run"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_figure_only_one_model_has_is_left_out_and_said()
    {
        // When GPT-4.1 (unmeasured) is compared with GPT-4o (measured)
        var html = await site.Client.GetStringAsync("/compare/gpt-4.1/gpt-4o", Ct);
        var rows = JsonNode.Parse(await site.Client.GetStringAsync("/api/charts/compare/gpt-4.1/gpt-4o/compare-speed/data.json", Ct))!.AsArray();

        // Then the speed chart has no bars, says why, and the price chart still compares both
        Assert.Empty(rows);
        Assert.Contains("Only one of the two has output speed", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-compare-price\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"category-profile\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_shared_measured_eval_gets_a_significance_statement()
    {
        // When GPT-4o (gsm8k 95 %) is compared with Nanbeige4.1-3B (gsm8k 75 %)
        var html = await site.Client.GetStringAsync("/compare/gpt-4o/nanbeige4.1-3b", Ct);

        // Then the statement gives the lead, the Newcombe interval and whether it excludes zero
        var list = html[html.IndexOf("id=\"significance\"", StringComparison.Ordinal)..];
        Assert.Contains("gsm8k: GPT-4o", list, StringComparison.Ordinal);
        Assert.Contains("Newcombe", list, StringComparison.Ordinal);
        Assert.Matches("the interval (excludes|includes) zero", list);
    }
}
