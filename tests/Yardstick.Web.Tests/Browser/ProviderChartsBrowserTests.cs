using Microsoft.Playwright;

namespace Yardstick.Web.Tests.Browser;

/// <summary>The model page's per-provider charts in chromium: a bar per route and location, with units in the tooltip.</summary>
public sealed class ProviderChartsBrowserTests(HistorySite site) : IClassFixture<HistorySite>
{
    [Fact]
    public async Task The_provider_speed_chart_draws_a_bar_per_route_and_its_tooltip_has_units()
    {
        // When a reader opens GPT-4o's page and hovers the first bar of the provider speed chart
        var (bars, tooltip) = await Chromium.WithPageAsync(site.Address, 1400, javaScript: true, async page =>
        {
            await page.GotoAsync("/models/gpt-4o");
            await page.Locator("#chart-providers-speed.vl-drawn").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
            var marks = page.Locator("#chart-providers-speed .vl-target svg g.mark-rect.role-mark path");
            var count = await marks.CountAsync();
            await marks.First.HoverAsync(new LocatorHoverOptions { Force = true });
            var box = page.Locator("#vg-tooltip-element");
            await box.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
            return (count, await box.InnerTextAsync());
        });

        // Then both routes are bars, and the tooltip gives speed, price and run with their units
        Assert.Equal(2, bars);
        Assert.Contains("tokens/s", tooltip, StringComparison.Ordinal);
        Assert.Contains("USD / 1M", tooltip, StringComparison.Ordinal);
        Assert.Contains("perf-h-", tooltip, StringComparison.Ordinal);
    }
}
