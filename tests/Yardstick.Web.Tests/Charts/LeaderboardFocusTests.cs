using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Yardstick.Web.Tests.Browser;

namespace Yardstick.Web.Tests.Charts;

/// <summary><c>/leaderboard?highlight=slug</c>: the model and its comparison class stand out in every chart, the others fade.</summary>
public sealed class LeaderboardFocusTests(SeededSite site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_chart_row_carries_its_focus_and_every_data_layer_an_opacity_with_a_legend()
    {
        // When the leaderboard charts are read with GPT-4o highlighted
        var names = new[] { "intelligence-vs-price", "speed-vs-price", "context-window", "latency", "e2e-500", "eval-scores" };
        foreach (var name in names)
        {
            var spec = JsonNode.Parse(await site.Client.GetStringAsync($"/api/charts/leaderboard/{name}/spec.json?highlight=gpt-4o", Ct))!;

            // Then GPT-4o is "this model", Claude Haiku 4.5 (its premium class) "its class", a Qwen model "other models"
            var values = spec["data"]!["values"]!.AsArray();
            Assert.All(values, v => Assert.NotNull(v!["focus"]));
            string? FocusOf(string model) => values.FirstOrDefault(v => v!["name"]!.GetValue<string>().StartsWith(model, StringComparison.Ordinal))?["focus"]?.GetValue<string>();
            Assert.Equal("this model", FocusOf("GPT-4o"));
            if (FocusOf("Claude Haiku 4.5") is { } haiku)
                Assert.StartsWith("its class (", haiku, StringComparison.Ordinal);
            if (FocusOf("Qwen") is { } qwen)
                Assert.Equal("other models", qwen);
            // and the first data layer fades by focus with a legend entry
            var opacity = spec["layer"]!.AsArray().Select(l => l!["encoding"]?["opacity"]).First(o => o is not null)!;
            Assert.Equal("focus", opacity["field"]!.GetValue<string>());
            Assert.Equal("Highlight", opacity["title"]!.GetValue<string>());
            Assert.NotNull(opacity["legend"]);
        }
    }

    [Fact]
    public async Task The_page_says_what_is_highlighted_marks_the_rows_and_keeps_the_highlight_in_its_links()
    {
        // When the leaderboard is read with GPT-4o highlighted, and with an unknown slug
        var html = await site.Client.GetStringAsync("/leaderboard?highlight=gpt-4o", Ct);
        var unknown = await site.Client.GetStringAsync("/leaderboard?highlight=no-such-model", Ct);
        var model = await site.Client.GetStringAsync("/models/gpt-4o", Ct);

        // Then it names the model and its class, marks their rows, and its sort links and downloads keep the highlight
        Assert.Contains("Highlighted: GPT-4o and 3 models of its class (", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"focus-model\">", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"focus-class\">", html, StringComparison.Ordinal);
        Assert.Contains("&amp;highlight=gpt-4o", html, StringComparison.Ordinal);
        Assert.Contains("/api/charts/leaderboard/speed-vs-price/data.csv?", html, StringComparison.Ordinal);
        Assert.Contains("No model with slug “no-such-model” to highlight.", unknown, StringComparison.Ordinal);
        Assert.DoesNotContain("focus-model", unknown, StringComparison.Ordinal);
        // and the model page links to it
        Assert.Contains("href=\"/leaderboard?highlight=gpt-4o\"", model, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_the_browser_the_highlighted_leaderboard_draws_every_chart_with_a_highlight_legend()
    {
        // When a reader opens the highlighted leaderboard
        var (expected, drawn, legend) = await Chromium.WithPageAsync(site.Address, 1400, javaScript: true, async page =>
        {
            await page.GotoAsync("/leaderboard?highlight=gpt-4o");
            var n = await page.Locator("figure.vl-chart .vl-target").CountAsync();
            await page.WaitForFunctionAsync("n => document.querySelectorAll('figure.vl-drawn, figure.vl-failed').length >= n", n, new PageWaitForFunctionOptions { Timeout = 30_000 });
            return (n, await page.Locator("figure.vl-drawn").CountAsync(), await page.Locator("#chart-speed-vs-price svg").TextContentAsync() ?? "");
        });

        // Then every chart is drawn and the speed-vs-price legend has the highlight entries
        Assert.Equal(expected, drawn);
        Assert.Contains("Highlight", legend, StringComparison.Ordinal);
        Assert.Contains("this model", legend, StringComparison.Ordinal);
        Assert.Contains("other models", legend, StringComparison.Ordinal);
    }
}
