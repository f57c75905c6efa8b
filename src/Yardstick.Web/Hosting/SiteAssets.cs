using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Yardstick.Web.Hosting;

/// <summary>Serves the style sheet embedded in the assembly: no CDN, no files on disk, works offline.</summary>
internal static class SiteAssets
{
    private static readonly Lazy<byte[]> Css = new(() =>
    {
        using var stream = typeof(SiteAssets).Assembly.GetManifestResourceStream("Yardstick.Web.site.css")
            ?? throw new InvalidOperationException("The embedded style sheet Yardstick.Web.site.css is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/assets/site.css", () => Results.Bytes(Css.Value, "text/css; charset=utf-8")).ExcludeFromDescription();
}
