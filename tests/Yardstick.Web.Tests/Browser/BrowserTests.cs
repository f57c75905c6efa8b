using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Yardstick.Web.Tests.Browser;

/// <summary>
/// A reader's view: headless Debian chromium (driven by Playwright through ExecutablePath, never a downloaded browser)
/// opens pages on the live loopback site, checks what is visible and saves screenshots under TestResults/screenshots.
/// Every wait is for the element or text that proves the new state (Playwright's Expect polls for it), never for network
/// idle or a fixed delay: on two loaded cores a page's last request may come late, while its content is already there.
/// </summary>
public sealed class BrowserTests(SeededSite site)
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    private async Task<T> WithPageAsync<T>(Func<IPage, Task<T>> body)
    {
        if (!File.Exists(ChromiumPath))
            Assert.Skip($"{ChromiumPath} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser tests.");
        Directory.CreateDirectory(ScreenshotFolder);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, BaseURL = site.Address.ToString() });
        return await body(page);
    }

    /// <summary>Generous bounds for the state to appear on a loaded CI machine; a state that comes sooner ends the wait sooner.</summary>
    private const float PatientMilliseconds = 60_000;

    private static readonly LocatorAssertionsToContainTextOptions Patient = new() { Timeout = PatientMilliseconds };

    private static readonly LocatorAssertionsToBeVisibleOptions PatientlyVisible = new() { Timeout = PatientMilliseconds };

    /// <summary>Navigation returns once the response starts; the test then waits for the element it needs.</summary>
    private static readonly PageGotoOptions Committed = new() { WaitUntil = WaitUntilState.Commit, Timeout = PatientMilliseconds };

    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name), FullPage = true });

    [Fact]
    public async Task A_reader_sees_the_model_page_with_its_price_and_what_is_not_measured()
    {
        // When a reader opens GPT-4.1's page
        var (heading, pricing, speed, faqCount) = await WithPageAsync(async page =>
        {
            await page.GotoAsync("/models/gpt-4.1", Committed);
            await Expect(page.Locator("#faq details").First).ToBeAttachedAsync(new LocatorAssertionsToBeAttachedOptions { Timeout = PatientMilliseconds });
            await ScreenshotAsync(page, "model-gpt-4.1.png");
            return (await page.Locator("h1").InnerTextAsync(), await page.Locator("#pricing").InnerTextAsync(),
                await page.Locator("#speed").InnerTextAsync(), await page.Locator("#faq details").CountAsync());
        });

        // Then the heading, the blended price, "not measured yet" and the FAQ are visible
        Assert.Equal("GPT-4.1", heading);
        Assert.Contains("$3.50", pricing, StringComparison.Ordinal);
        Assert.Contains("not measured yet", speed, StringComparison.Ordinal);
        Assert.True(faqCount >= 5, $"only {faqCount} FAQ entries");
    }

    [Fact]
    public async Task A_reader_sees_measured_figures_linked_to_their_run()
    {
        // When a reader opens Qwen3 4B's page and follows the speed figure's run link
        var (speed, runHeading) = await WithPageAsync(async page =>
        {
            await page.GotoAsync("/models/qwen3-4b-reasoning", Committed);
            await Expect(page.Locator("#speed a.measured").First).ToBeVisibleAsync(PatientlyVisible);
            await ScreenshotAsync(page, "model-qwen3-4b-reasoning.png");
            var speedText = await page.Locator("#speed").InnerTextAsync();
            await page.Locator("#speed a.measured").First.ClickAsync();
            await Expect(page.Locator("h1")).ToContainTextAsync("Run perf-", Patient);
            await ScreenshotAsync(page, "run-perf.png");
            return (speedText, await page.Locator("h1").InnerTextAsync());
        });

        // Then the median speed shows and the link leads to the run with its samples
        Assert.Contains("44", speed, StringComparison.Ordinal);
        Assert.StartsWith("Run perf-", runHeading, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_sees_the_verdict_and_changes_the_traffic_on_the_comparison_page()
    {
        // When a reader opens GPT-4.1 vs Qwen3 4B and sets 1M input and 1M output tokens a month
        var (verdict, before, after) = await WithPageAsync(async page =>
        {
            await page.GotoAsync("/compare/gpt-4.1/qwen3-4b-reasoning", Committed);
            await Expect(page.Locator("#monthly-cost button")).ToBeVisibleAsync(PatientlyVisible);
            await ScreenshotAsync(page, "compare-gpt-4.1-vs-qwen3-4b-reasoning.png");
            var verdictText = await page.Locator("#verdict").InnerTextAsync();
            var costBefore = await page.Locator("#monthly-cost table").InnerTextAsync();
            await page.Locator("input[name=input_tokens]").FillAsync("1000000");
            await page.Locator("input[name=output_tokens]").FillAsync("1000000");
            await page.Locator("#monthly-cost button").ClickAsync();
            // The new page's table, not the old one: it shows the cost of the traffic just submitted.
            await Expect(page).ToHaveURLAsync(new Regex("input_tokens=1000000"), new PageAssertionsToHaveURLOptions { Timeout = PatientMilliseconds });
            await Expect(page.Locator("#monthly-cost table")).ToContainTextAsync("$10.00", Patient);
            await ScreenshotAsync(page, "compare-traffic-1m.png");
            return (verdictText, costBefore, await page.Locator("#monthly-cost table").InnerTextAsync());
        });

        // Then the verdict names both models' strengths, and the cost follows the traffic; the $0 listing stays unavailable
        Assert.Contains("GPT-4.1 is the pick for", verdict, StringComparison.Ordinal);
        Assert.Contains("$36.00", before, StringComparison.Ordinal);
        Assert.Contains("unavailable", before, StringComparison.Ordinal);
        Assert.Contains("$10.00", after, StringComparison.Ordinal);
        Assert.Contains("unavailable", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_sorts_the_leaderboard_by_clicking_a_column()
    {
        // When a reader opens the leaderboard and clicks "Blended / 1M" twice (ascending, then descending)
        var first = await WithPageAsync(async page =>
        {
            await page.GotoAsync("/leaderboard", Committed);
            var blended = page.Locator("th a", new PageLocatorOptions { HasText = "Blended / 1M" });
            await blended.ClickAsync();
            await Expect(blended).ToContainTextAsync("▲", Patient); // the re-rendered header marks the ascending sort
            await blended.ClickAsync();
            await Expect(blended).ToContainTextAsync("▼", Patient);
            await ScreenshotAsync(page, "leaderboard-blended-desc.png");
            return await page.Locator("#leaderboard tbody tr").First.Locator("td").First.InnerTextAsync();
        });

        // Then the dearest model leads
        Assert.Equal("Claude Sonnet 4.5", first);
    }
}
