using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Yardstick.Testing;

namespace Yardstick.Web.Tests.Browser;

/// <summary>
/// The screenshots in docs/screenshots, taken from a running site seeded by <c>yardstick up</c> (real runs of the two
/// demo models) rather than the tests' seed: with <c>YARDSTICK_SCREENSHOT_SITE=http://127.0.0.1:PORT/</c> it finds the
/// pages from the site's own API, opens each page kind at 1400 and 390 px, checks that every chart is drawn and that
/// nothing scrolls sideways, and writes <c>{kind}-{width}.png</c>. Skips without that variable (no such site in CI).
/// </summary>
public sealed class LiveSiteScreenshotTests
{
    public const string Variable = "YARDSTICK_SCREENSHOT_SITE";

    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "docs", "screenshots");

    [Fact]
    public async Task Every_page_kind_of_an_up_site_draws_its_charts_and_fits_both_widths()
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } address)
        {
            Assert.Skip($"{Variable} is not set: start `yardstick up` and set it to the site's address to re-take docs/screenshots.");
            return;
        }
        var site = new Uri(address);
        var pages = await PagesAsync(site);
        Directory.CreateDirectory(Folder);
        var problems = new List<string>();
        foreach (var (kind, path) in pages)
            foreach (var width in new[] { 1400, 390 })
            {
                // When each page kind is opened at each width
                var (failed, expected, drawn, overflow) = await Chromium.WithPageAsync(site, width, javaScript: true, async page =>
                {
                    await page.GotoAsync(path);
                    await page.Locator("h1").WaitForAsync();
                    var n = await page.Locator("figure.vl-chart .vl-target").CountAsync();
                    await page.WaitForFunctionAsync("n => document.querySelectorAll('figure.vl-drawn, figure.vl-failed').length >= n", n,
                        new PageWaitForFunctionOptions { Timeout = 60_000 });
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"{kind}-{width}.png"), FullPage = true });
                    return (await page.Locator("figure.vl-failed").CountAsync(), n, await page.Locator("figure.vl-drawn").CountAsync(),
                        await page.EvaluateAsync<int>("document.documentElement.scrollWidth") - width);
                });
                if (failed > 0 || drawn != expected)
                    problems.Add($"{path} at {width} px: {drawn} of {expected} charts drawn, {failed} failed");
                if (overflow > 0)
                    problems.Add($"{path} at {width} px is {overflow} px wider than the window");
            }

        // Then every chart is drawn and no page scrolls sideways
        Assert.Empty(problems);
    }

    /// <summary>One path per page kind, found from the site's API: the measured models, their perf and eval runs.</summary>
    private static async Task<IReadOnlyList<(string Kind, string Path)>> PagesAsync(Uri site)
    {
        using var client = new HttpClient { BaseAddress = site };
        var models = JsonNode.Parse(await client.GetStringAsync("/api/models"))!.AsArray()
            .Where(m => m!["measured"]?["perf"] is JsonObject).Select(m => m!).OrderBy(m => m["name"]!.GetValue<string>(), StringComparer.Ordinal).ToList();
        Assert.True(models.Count >= 2, $"{site} has {models.Count} measured models; `up` measures two.");
        string Slug(JsonNode m) => m["slug"]!.GetValue<string>();
        var evalRuns = models.Select(m => m["measured"]!["evals"]!.AsArray().FirstOrDefault()?["run_id"]?.GetValue<string>()).OfType<string>().ToList();
        var pages = new List<(string, string)>
        {
            ("home", "/"), ("leaderboard", "/leaderboard"), ("leaderboard-highlight", "/leaderboard?highlight=" + Uri.EscapeDataString(Slug(models[0]))),
            ("model", "/models/" + Uri.EscapeDataString(Slug(models[0]))), ("compare", $"/compare/{Uri.EscapeDataString(Slug(models[0]))}/{Uri.EscapeDataString(Slug(models[1]))}"),
            ("run-perf", "/runs/" + Uri.EscapeDataString(models[0]["measured"]!["perf"]!["run_id"]!.GetValue<string>())),
            ("search", "/search?q=" + Uri.EscapeDataString(models[0]["creator"]!.GetValue<string>())), ("status", "/status"),
        };
        if (evalRuns.Count > 0)
            pages.Add(("run-eval", "/runs/" + Uri.EscapeDataString(evalRuns[0])));
        if (evalRuns.Count > 1)
            pages.Add(("run-diff", $"/runs/{Uri.EscapeDataString(evalRuns[0])}/diff/{Uri.EscapeDataString(evalRuns[1])}"));
        return pages;
    }
}
