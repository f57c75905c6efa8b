using Microsoft.Playwright;

namespace Yardstick.Web.Tests.Browser;

/// <summary>
/// Headless Debian chromium for the chart tests, driven by Playwright through ExecutablePath (it never downloads a
/// browser); skips with the reason where chromium is missing. Waits are for elements, never for a quiet network.
/// </summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    private static readonly string[] Args =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static async Task<T> WithPageAsync<T>(Uri site, int width, bool javaScript, Func<IPage, Task<T>> body)
    {
        if (!File.Exists(Path))
            Assert.Skip($"{Path} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser tests.");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Path, Headless = true, Args = Args });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            BaseURL = site.ToString(),
            JavaScriptEnabled = javaScript,
        });
        return await body(page);
    }
}
