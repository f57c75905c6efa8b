using Yardstick.Core.Catalog;
using Yardstick.Core.Runs;
using Yardstick.Web.Tests.Seed;

namespace Yardstick.Web.Tests;

/// <summary>A site shared by a test class or assembly: the seed catalog and index over the runs a subclass seeds (read-only).</summary>
public abstract class SiteFixture : IAsyncLifetime
{
    private SiteServer? _server;

    internal SiteServer Server => _server ?? throw new InvalidOperationException("The site has not started.");

    public HttpClient Client => Server.Client;

    public Uri Address => Server.Address;

    /// <summary>The runs the site serves.</summary>
    private protected abstract Task<InMemoryRunStore> RunsAsync();

    public async ValueTask InitializeAsync() =>
        _server = await SiteServer.StartAsync(new InMemoryCatalogStore(SeedCatalog.All()), await RunsAsync(), new SiteOptions { Index = SeedIndex.Definition });

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
