using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Yardstick.Core.Pages;

namespace Yardstick.Web.Hosting;

/// <summary>
/// Output caching of the pages and API answers drawn from the site snapshot (home, leaderboard, model, compare and search
/// pages; the model, compare and chart APIs), keyed by URL and the data stamp: any catalog, price or run change gives a
/// new stamp and so a new entry, never a stale one. Entries also expire after <see cref="Lifetime"/>, which bounds how far
/// the parts that depend on the clock (the 72 h and 14 d windows) can lag. Run pages and the status page are not cached:
/// samples arrive into running runs and workers heartbeat without changing the stamp.
/// </summary>
internal sealed class DataStampCachePolicy(ISiteDataVersion version) : IOutputCachePolicy
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private static readonly string[] Prefixes = ["/leaderboard", "/models/", "/compare", "/search", "/api/models", "/api/compare/",
        "/api/charts/leaderboard/", "/api/charts/models/", "/api/charts/compare/"];

    public static bool Covers(PathString path) =>
        path == "/" || Prefixes.Any(p => path.StartsWithSegments(p.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !Covers(request.Path))
            return;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        // Concurrent misses of one URL wait for the first to render instead of each rendering it.
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["data"] = (await version.CurrentAsync(cancellation)).ToString();
        context.ResponseExpirationTimeSpan = Lifetime;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Only complete answers are kept: errors and not-found pages are rendered each time, and nothing that sets a cookie.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
