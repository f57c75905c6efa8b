using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Yardstick.Core.Pricing;
using Yardstick.Evals.Index;
using Yardstick.Web;

namespace Yardstick.Cli.Hosting;

/// <summary>Starts the site over an open storage session, prints where it listens, and serves until cancelled.</summary>
internal static class SiteHost
{
    /// <summary>How long requests in flight (a large CSV export) may take to finish once the site is asked to stop.</summary>
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(3);

    public static async Task<int> ServeAsync(StorageSession storage, int port, BlendRatio blend, string? highlightPath, CancellationToken cancellationToken)
    {
        var options = new SiteOptions { Port = port, BlendRatio = blend, Index = YardstickIndex.Current };
        await using var app = YardstickSite.Build(options, storage.Catalog, storage.Runs, storage.Prices, storage.Scheduling,
            storage.Figures, storage.Version);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? $"http://127.0.0.1:{port}";
        AnsiConsole.MarkupLineInterpolated($"Yardstick is serving {storage.Description} at [link]{address}/[/]");
        if (highlightPath is not null)
            AnsiConsole.MarkupLineInterpolated($"  {address}{highlightPath}");
        AnsiConsole.MarkupLine("Press Ctrl-C to stop.");
        // Print the bare URL last on its own line so scripts can read it.
        Console.WriteLine(address + "/");
        // Ctrl-C and SIGTERM cancel the command's token (Program.cs); the host's own console lifetime only stops the
        // application, which a bare wait would never notice. Either one ends the wait, then the site stops gracefully
        // (requests in flight get a few seconds) and the caller closes the database.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Asked to stop: stop gracefully below.
        }
        using var grace = new CancellationTokenSource(ShutdownGrace);
        await app.StopAsync(grace.Token);
        return 0;
    }
}
