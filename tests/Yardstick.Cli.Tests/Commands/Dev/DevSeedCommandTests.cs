using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Yardstick.Core.Pricing;
using Yardstick.Storage;
using Yardstick.Storage.Catalog;
using Yardstick.Storage.Runs;
using Yardstick.Web;

namespace Yardstick.Cli.Tests.Commands.Dev;

/// <summary>`yardstick dev seed` at test size (50 models, 5,000 samples): it writes what it says, once, and the site renders it.</summary>
public sealed class DevSeedCommandTests
{
    [Fact]
    public async Task A_small_seed_is_written_once_and_every_page_kind_renders_from_it()
    {
        var data = Directory.CreateTempSubdirectory("yardstick-dev-seed-").FullName;

        var seed = await CliProcess.RunAsync(["dev", "seed", "--data", data, "--models", "50", "--samples", "5000", "--as-of", "2026-12-02T03:00:00Z"]);
        var again = await CliProcess.RunAsync(["dev", "seed", "--data", data, "--models", "50", "--samples", "5000"]);

        Assert.True(seed.ExitCode == 0, seed.All);
        Assert.Contains("50 synthetic models, 400 runs, 5,000 samples", seed.Output, StringComparison.Ordinal);
        Assert.Contains("rows/s", seed.Output, StringComparison.Ordinal);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already holds seeded models", again.All, StringComparison.Ordinal);
        await using var database = YardstickDatabase.ForDataDirectory(data);
        await using var site = YardstickSite.Build(new SiteOptions { Urls = "http://127.0.0.1:0", BlendRatio = BlendRatio.Default }, new EfCatalogStore(database),
            new EfRunStore(database), new EfPriceHistoryStore(database), figures: new EfRunFiguresStore(database), version: new SiteDataVersion(database));
        await site.StartAsync(TestContext.Current.CancellationToken);
        var address = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        foreach (var (path, expected) in new[]
        {
            ("/", "Seed Model 00049"), ("/leaderboard", "Seed Model 00007"), ("/models/seed-00003", "Seed Model 00003"),
            ("/api/models/seed-00004", "Seed Model 00004"), ("/compare/seed-00001/seed-00002", "Seed Model 00002"),
        })
        {
            var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
            Assert.Contains(expected, body, StringComparison.Ordinal);
        }
        using var page = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/models?offset=10&limit=5", TestContext.Current.CancellationToken));
        Assert.Equal(5, page.RootElement.GetArrayLength());
        var runs = await CliProcess.RunAsync(["runs", "list", "--data", data, "--model", "seed-00003", "--json"]);
        Assert.Contains("\"samples\": 13", runs.Output, StringComparison.Ordinal);
        await site.StopAsync(TestContext.Current.CancellationToken);
    }
}
