using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Yardstick.Web.Hosting;

/// <summary>
/// Serves the files embedded in the assembly: the style sheet, the chart script and the vendored Vega, Vega-Lite and
/// Vega-Embed builds (Assets/vendor, refreshed by scripts/vendor-charts.sh). No CDN, no files on disk: the site works
/// offline and `yardstick up` needs nothing but the .NET SDK.
/// </summary>
internal static class SiteAssets
{
    /// <summary>Request path → (embedded resource name, content type).</summary>
    public static IReadOnlyDictionary<string, (string Resource, string ContentType)> Files { get; } = new Dictionary<string, (string, string)>
    {
        ["/assets/site.css"] = ("Yardstick.Web.site.css", "text/css; charset=utf-8"),
        ["/assets/charts.js"] = ("Yardstick.Web.charts.js", "text/javascript; charset=utf-8"),
        ["/assets/vendor/vega.min.js"] = ("Yardstick.Web.vendor.vega.min.js", "text/javascript; charset=utf-8"),
        ["/assets/vendor/vega-lite.min.js"] = ("Yardstick.Web.vendor.vega-lite.min.js", "text/javascript; charset=utf-8"),
        ["/assets/vendor/vega-embed.min.js"] = ("Yardstick.Web.vendor.vega-embed.min.js", "text/javascript; charset=utf-8"),
    };

    private static readonly Dictionary<string, Lazy<byte[]>> Contents = Files.ToDictionary(f => f.Key, f => new Lazy<byte[]>(() => Read(f.Value.Resource)));

    public static byte[] Read(string resource)
    {
        using var stream = typeof(SiteAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded asset {resource} is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var (path, (_, contentType)) in Files)
        {
            var content = Contents[path];
            app.MapGet(path, (HttpContext context) =>
            {
                // The vendored libraries change only with a new build of the site: a day's caching spares every page load.
                context.Response.Headers.CacheControl = "public, max-age=86400";
                return Results.Bytes(content.Value, contentType);
            }).ExcludeFromDescription();
        }
    }
}
