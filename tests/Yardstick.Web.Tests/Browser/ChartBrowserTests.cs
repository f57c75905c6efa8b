using Microsoft.Playwright;

namespace Yardstick.Web.Tests.Browser;

/// <summary>
/// The charts as a reader meets them in chromium: Vega-Lite draws each one (an SVG appears in its figure), hovering a
/// mark shows a tooltip with units, and with script off every chart's summary and table are there instead. Each page
/// kind is photographed at 1400 px and 390 px into TestResults/screenshots (docs/screenshots comes from a site seeded by
/// <c>up</c>: <see cref="LiveSiteScreenshotTests"/>).
/// </summary>
public sealed class ChartBrowserTests(SeededSite site)
{
    private static readonly PageLocatorOptions NoOptions = new();

    public static string Screenshots => BrowserTests.ScreenshotFolder;

    private static Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name), FullPage = true });
    }

    /// <summary>Waits until every chart that has data is drawn (or has failed), then returns (drawn, failed, expected).</summary>
    private static async Task<(int Drawn, int Failed, int Expected)> WaitForChartsAsync(IPage page)
    {
        var expected = await page.Locator("figure.vl-chart .vl-target").CountAsync();
        await page.WaitForFunctionAsync(
            "n => document.querySelectorAll('figure.vl-drawn, figure.vl-failed').length >= n", expected,
            new PageWaitForFunctionOptions { Timeout = 30_000 });
        return (await page.Locator("figure.vl-drawn").CountAsync(), await page.Locator("figure.vl-failed").CountAsync(), expected);
    }

    [Theory]
    [InlineData("/leaderboard", "leaderboard")]
    [InlineData("/models/qwen3-4b-reasoning", "model")]
    [InlineData("/compare/gpt-4o/claude-haiku-4.5", "compare")]
    [InlineData("/runs/" + Seed.SeedRuns.Qwen3Perf, "run-perf")]
    public async Task Every_chart_of_the_page_is_drawn_as_svg_at_both_widths(string path, string name)
    {
        foreach (var width in new[] { 1400, 390 })
        {
            // When a reader opens the page at this width
            var (drawn, failed, expected, svgs, overflow) = await Chromium.WithPageAsync(site.Address, width, javaScript: true, async page =>
            {
                await page.GotoAsync(path);
                var counts = await WaitForChartsAsync(page);
                await ShotAsync(page, $"{name}-{width}.png");
                var svgCount = await page.Locator("figure.vl-chart .vl-target svg").CountAsync();
                var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                return (counts.Drawn, counts.Failed, counts.Expected, svgCount, scrollWidth - width);
            });

            // Then every chart with data is drawn as an SVG, none failed, and the page does not scroll sideways
            Assert.True(expected >= (path.StartsWith("/runs/", StringComparison.Ordinal) ? 1 : 3), $"{path}: only {expected} charts with data");
            Assert.Equal(0, failed);
            Assert.Equal(expected, drawn);
            Assert.True(svgs >= expected, $"{path}: {svgs} SVGs for {expected} charts");
            Assert.True(overflow <= 0, $"{path} at {width} px is {overflow} px wider than the window");
        }
    }

    [Theory]
    [InlineData("/runs/" + Seed.SeedRuns.Qwen3Gsm8k, "run-eval")]
    [InlineData("/runs/" + Seed.SeedRuns.Qwen3Gsm8k + "/diff/" + Seed.SeedRuns.NanbeigeGsm8k, "run-diff")]
    [InlineData("/", "home")]
    [InlineData("/search?q=qwen", "search")]
    [InlineData("/status", "status")]
    public async Task Pages_without_charts_fit_both_widths(string path, string name)
    {
        foreach (var width in new[] { 1400, 390 })
        {
            // When a reader opens the page at this width
            var overflow = await Chromium.WithPageAsync(site.Address, width, javaScript: true, async page =>
            {
                await page.GotoAsync(path);
                await page.Locator("h1").WaitForAsync();
                await ShotAsync(page, $"{name}-{width}.png");
                return await page.EvaluateAsync<int>("document.documentElement.scrollWidth") - width;
            });

            // Then it does not scroll sideways
            Assert.True(overflow <= 0, $"{path} at {width} px is {overflow} px wider than the window");
        }
    }

    [Fact]
    public async Task Hovering_a_point_shows_its_model_and_figures_with_units()
    {
        // When a reader hovers the first point of the speed-vs-price chart
        var tooltip = await Chromium.WithPageAsync(site.Address, 1400, javaScript: true, async page =>
        {
            await page.GotoAsync("/leaderboard");
            await WaitForChartsAsync(page);
            var point = page.Locator("#chart-speed-vs-price .vl-target svg g.mark-symbol path").First;
            await point.HoverAsync(new LocatorHoverOptions { Force = true });
            var box = page.Locator("#vg-tooltip-element");
            await box.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
            return await box.InnerTextAsync();
        });

        // Then the tooltip names the model with its price and speed in their units, and the run
        Assert.Contains("Model", tooltip, StringComparison.Ordinal);
        Assert.Contains("USD / 1M tokens", tooltip, StringComparison.Ordinal);
        Assert.Contains("tokens/s", tooltip, StringComparison.Ordinal);
        Assert.Contains("perf-", tooltip, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_script_every_chart_shows_its_summary_and_table()
    {
        // When a reader with script turned off opens the leaderboard
        var (figures, tables, summaries, svgs) = await Chromium.WithPageAsync(site.Address, 1400, javaScript: false, async page =>
        {
            await page.GotoAsync("/leaderboard");
            await page.Locator("figure.vl-chart").First.WaitForAsync();
            await ShotAsync(page, "leaderboard-no-script-1400.png");
            return (await page.Locator("figure.vl-chart .vl-target").CountAsync(),
                await page.Locator("figure.vl-chart details.chart-data[open] table").CountAsync(),
                await page.Locator("figure.vl-chart .chart-summary").CountAsync(),
                await page.Locator("figure.vl-chart svg").CountAsync());
        });

        // Then each chart with data has its open table, every chart its summary, and nothing is drawn
        Assert.True(figures >= 3);
        Assert.Equal(figures, tables);
        Assert.True(summaries >= figures);
        Assert.Equal(0, svgs);
    }
}
