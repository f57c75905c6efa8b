using Yardstick.Core.Catalog;
using Yardstick.Web.Tests.Seed;

[assembly: AssemblyFixture(typeof(Yardstick.Web.Tests.SeededSite))]

namespace Yardstick.Web.Tests;

/// <summary>One site for the whole assembly, over the seed catalog and the seed runs (read-only, so tests can share it).</summary>
public sealed class SeededSite : IAsyncLifetime
{
    private SiteServer? _server;

    internal SiteServer Server => _server ?? throw new InvalidOperationException("The site has not started.");

    public HttpClient Client => Server.Client;

    public Uri Address => Server.Address;

    public async ValueTask InitializeAsync()
    {
        var runs = await SeedRuns.CreateAsync();
        _server = await SiteServer.StartAsync(new InMemoryCatalogStore(SeedCatalog.All()), runs, new SiteOptions { Index = SeedIndex.Definition });
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }
}
