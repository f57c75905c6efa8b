using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;
using Yardstick.Core.Runs;
using Yardstick.Core.Scheduling;

namespace Yardstick.Web.Tests;

/// <summary>The real site on a real Kestrel loopback port (127.0.0.1:0), with an HttpClient pointed at it.</summary>
internal sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiteServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<SiteServer> StartAsync(ICatalogStore catalog, IRunStore runs, SiteOptions? options = null, CancellationToken cancellationToken = default,
        IPriceHistoryStore? prices = null, ISchedulingStore? scheduling = null, IRunFiguresStore? figures = null, Core.Pages.ISiteDataVersion? version = null)
    {
        var app = YardstickSite.Build((options ?? new SiteOptions()) with { Urls = "http://127.0.0.1:0" }, catalog, runs, prices, scheduling, figures, version);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SiteServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
