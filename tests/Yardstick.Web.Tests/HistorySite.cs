using Yardstick.Core.Catalog;
using Yardstick.Web.Tests.Seed;

namespace Yardstick.Web.Tests;

/// <summary>A site over the seed catalog and <see cref="SeedHistory"/>'s recent runs of GPT-4o on two endpoints and locations.</summary>
public sealed class HistorySite : IAsyncLifetime
{
    private SiteServer? _server;

    internal SiteServer Server => _server ?? throw new InvalidOperationException("The site has not started.");

    public HttpClient Client => Server.Client;

    public Uri Address => Server.Address;

    public async ValueTask InitializeAsync()
    {
        var runs = await SeedHistory.CreateAsync(DateTimeOffset.UtcNow);
        _server = await SiteServer.StartAsync(new InMemoryCatalogStore(SeedCatalog.All()), runs, new SiteOptions { Index = SeedIndex.Definition });
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }
}
