using Microsoft.Playwright;
using Yardstick.Web.Tests.Seed;

namespace Yardstick.Web.Tests.Browser;

/// <summary>The load curve in chromium: Vega-Lite draws it on the model page and on a level's run page, with the frontier label.</summary>
public sealed class LoadCurveBrowserTests(LoadCurveSite site) : IClassFixture<LoadCurveSite>
{
    [Theory]
    [InlineData("/models/" + LoadCurveSite.Slug, "load-curve-model")]
    [InlineData("/runs/" + SeedLoadSeries.FourStreamsRun, "load-curve-run")]
    public async Task The_load_curve_is_drawn_as_svg_with_its_levels_and_frontier(string path, string name)
    {
        // When a reader opens the page
        var (drawn, labels) = await Chromium.WithPageAsync(site.Address, 1400, javaScript: true, async page =>
        {
            await page.GotoAsync(path);
            await page.WaitForFunctionAsync("() => document.querySelector('#load-curve.vl-drawn, #load-curve.vl-failed') !== null", null,
                new PageWaitForFunctionOptions { Timeout = 30_000 });
            var figure = page.Locator("#load-curve");
            await figure.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ChartBrowserTests.Screenshots, $"{name}-1400.png") });
            return (await page.Locator("#load-curve.vl-drawn .vl-target svg").CountAsync(), await figure.Locator(".vl-target svg text").AllTextContentsAsync());
        });

        // Then the curve is an SVG whose labels name each level and the frontier
        Assert.Equal(1, drawn);
        foreach (var level in new[] { "1", "2", "4", "6", "7", "8" })
            Assert.Contains(level, labels);
        Assert.Contains("SLO frontier", labels);
    }
}
