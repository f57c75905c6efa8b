using System.Text.Json.Nodes;
using Yardstick.Testing;

namespace Yardstick.Web.Tests.Hosting;

/// <summary>
/// The vendored chart libraries (src/Yardstick.Web/Assets/vendor) are the builds of the versions package-lock.json
/// locks, and the site serves them: whoever bumps a version and forgets scripts/vendor-charts.sh is told here.
/// </summary>
public sealed class VendoredChartsTests(SeededSite site)
{
    private static string Assets => Path.Combine(RepositoryPaths.Root, "src", "Yardstick.Web", "Assets");

    // Each build states its own version in a literal: vega `t.version="6.4.0"`, vega-lite `var n="6.5.0"` (first
    // statement), vega-embed `const hn="7.3.0"`. The test looks for the quoted version at the place each build keeps it.
    [Theory]
    [InlineData("vega", "vega.min.js", ".version=\"{0}\"")]
    [InlineData("vega-lite", "vega-lite.min.js", "\"use strict\";var n=\"{0}\";")]
    [InlineData("vega-embed", "vega-embed.min.js", "=\"{0}\"")]
    public void Each_vendored_build_is_the_locked_version(string package, string file, string pattern)
    {
        // Given the locked version and the version package.json names
        var lockFile = JsonNode.Parse(File.ReadAllText(Path.Combine(Assets, "package-lock.json")))!;
        var locked = lockFile["packages"]![$"node_modules/{package}"]!["version"]!.GetValue<string>();
        var wanted = JsonNode.Parse(File.ReadAllText(Path.Combine(Assets, "package.json")))!["dependencies"]![package]!.GetValue<string>();

        // When the vendored file is read
        var text = File.ReadAllText(Path.Combine(Assets, "vendor", file));

        // Then package.json pins exactly the locked version, and the build carries it
        Assert.Equal(wanted, locked);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, locked), text, StringComparison.Ordinal);
        Assert.DoesNotContain("sourceMappingURL", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/assets/vendor/vega.min.js")]
    [InlineData("/assets/vendor/vega-lite.min.js")]
    [InlineData("/assets/vendor/vega-embed.min.js")]
    [InlineData("/assets/charts.js")]
    public async Task The_site_serves_each_script_from_its_own_assembly(string path)
    {
        // When the script is asked for
        var response = await site.Client.GetAsync(path, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        // Then it is JavaScript, byte for byte the vendored file
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        var onDisk = path == "/assets/charts.js" ? Path.Combine(Assets, "charts.js") : Path.Combine(Assets, "vendor", Path.GetFileName(path));
        Assert.Equal(File.ReadAllBytes(onDisk), body);
    }
}
