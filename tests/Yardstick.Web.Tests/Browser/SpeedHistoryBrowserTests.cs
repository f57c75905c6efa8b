using Microsoft.Playwright;

namespace Yardstick.Web.Tests.Browser;

/// <summary>The model page's time series in chromium: drawn as SVG, one point per run, the 72 h toggle hides the older run.</summary>
public sealed class SpeedHistoryBrowserTests(HistorySite site) : IClassFixture<HistorySite>
{
    private const string Points = "#chart-speed-over-time .vl-target svg g.mark-symbol.role-mark path";

    [Fact]
    public async Task The_speed_series_is_drawn_and_the_72_h_toggle_leaves_out_the_older_run()
    {
        // When a reader opens GPT-4o's page, counts the points, then picks "72 h"
        var (all, recent) = await Chromium.WithPageAsync(site.Address, 1400, javaScript: true, async page =>
        {
            await page.GotoAsync("/models/gpt-4o");
            await page.Locator("#chart-speed-over-time.vl-drawn").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
            var before = await page.Locator(Points).CountAsync();
            await page.Locator("#chart-speed-over-time input[type=radio][value='72 h']").CheckAsync();
            await page.WaitForFunctionAsync($"n => document.querySelectorAll(\"{Points}\").length < n", before, new PageWaitForFunctionOptions { Timeout = 30_000 });
            return (before, await page.Locator(Points).CountAsync());
        });

        // Then every run of the 14 days is a point, and the 72 h view drops the one run older than 72 h
        Assert.Equal(Seed.SeedHistory.Runs.Length + 1, all);
        Assert.Equal(Seed.SeedHistory.Runs.Length, recent);
    }

    [Fact]
    public async Task The_model_page_with_time_series_and_providers_fits_390_px()
    {
        // When a reader opens GPT-4o's page (time series, provider table and charts) on a phone-width window
        var overflow = await Chromium.WithPageAsync(site.Address, 390, javaScript: true, async page =>
        {
            await page.GotoAsync("/models/gpt-4o");
            await page.Locator("#chart-providers-ttft.vl-drawn").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
            await page.Locator("#chart-speed-over-time.vl-drawn").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
            return await page.EvaluateAsync<int>("document.documentElement.scrollWidth") - 390;
        });

        // Then nothing scrolls sideways
        Assert.True(overflow <= 0, $"/models/gpt-4o at 390 px is {overflow} px wider than the window");
    }
}
