using Yardstick.Core.Catalog;
using Yardstick.Web.Tests.Seed;

namespace Yardstick.Web.Tests;

/// <summary>
/// A site of its own over the seed catalog and runs plus one capacity search (<see cref="SeedLoadSeries"/>) of Qwen3 4B,
/// so that the load-curve tests do not change what the shared seeded site shows.
/// </summary>
public sealed class LoadCurveSite : IAsyncLifetime
{
    private SiteServer? _server;

    public const string Slug = SeedCatalog.Qwen3_4B;

    public HttpClient Client => (_server ?? throw new InvalidOperationException("The site has not started.")).Client;

    public Uri Address => (_server ?? throw new InvalidOperationException("The site has not started.")).Address;

    public async ValueTask InitializeAsync()
    {
        var runs = await SeedRuns.CreateAsync();
        await SeedLoadSeries.AddCapacityAsync(runs, Slug);
        _server = await SiteServer.StartAsync(new InMemoryCatalogStore(SeedCatalog.All()), runs, new SiteOptions { Index = SeedIndex.Definition });
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }
}
