using System.Text.Json;
using Yardstick.Core.Catalog;
using Yardstick.Core.Metrics;
using Yardstick.Core.Runs;
using Yardstick.Storage;
using Yardstick.Storage.Catalog;
using Yardstick.Storage.Runs;
using Yardstick.Storage.Seeding;

namespace Yardstick.Web.Tests.Data;

/// <summary>
/// The site over the database (stored run summaries, a snapshot kept per data stamp, output caching) against the same
/// data in memory (every figure computed from the samples on each request): the pages must say the same.
/// </summary>
public sealed class SiteSnapshotsTests
{
    private static readonly DateTimeOffset AsOf = new(DateTimeOffset.UtcNow.Year, DateTimeOffset.UtcNow.Month, DateTimeOffset.UtcNow.Day,
        DateTimeOffset.UtcNow.Hour, 0, 0, TimeSpan.Zero);

    // The first seed whose models include a self-hosted one (a fifth of open-weight models are), so a self-hosting cost is compared too.
    private static readonly SeedPlan Plan = Enumerable.Range(1, 100).Select(seed => new SeedPlan(Models: 12, Samples: 1_200, Seed: seed, AsOf: AsOf))
        .First(plan => Enumerable.Range(0, plan.Models).Any(i => SyntheticSite.Model(plan, i).Card.Endpoints.Any(e => e.Hardware is not null)));

    [Fact]
    public async Task Pages_drawn_from_stored_summaries_equal_pages_drawn_from_samples()
    {
        var database = await SeededDatabaseAsync();
        var seeded = Enumerable.Range(0, Plan.Models).Select(i => SyntheticSite.Model(Plan, i)).ToList();
        var memoryRuns = new InMemoryRunStore();
        foreach (var run in seeded.SelectMany(m => m.Runs))
        {
            await memoryRuns.CreateRunAsync(run.Run, TestContext.Current.CancellationToken);
            await memoryRuns.AppendSamplesAsync(run.Samples, TestContext.Current.CancellationToken);
        }
        await using var fromSamples = await SiteServer.StartAsync(new InMemoryCatalogStore(seeded.Select(m => m.Card)), memoryRuns,
            cancellationToken: TestContext.Current.CancellationToken);
        await using var fromSummaries = await DatabaseSiteAsync(database);
        var selfHosted = seeded.First(m => m.Card.Endpoints.Any(e => e.Hardware is not null)).Card.Slug;
        var other = seeded.First(m => m.Card.Endpoints.All(e => e.Hardware is null)).Card.Slug;

        foreach (var path in new[] { "/api/models", $"/api/models/{selfHosted}", $"/models/{selfHosted}", $"/models/{other}", "/leaderboard", "/",
                     $"/api/models/{selfHosted}/speed-history?days=30", $"/api/charts/models/{other}/peers-speed/data.json" })
        {
            var expected = await GetAsync(fromSamples, path);
            var actual = await GetAsync(fromSummaries, path);
            var at = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i], Math.Min(expected.Length, actual.Length));
            Assert.True(expected == actual, $"{path} differs at {at}: samples '{Around(expected, at)}', summaries '{Around(actual, at)}'.");
        }
        // The self-hosting cost needs whole-run throughput: it is there, and it came from run_summaries.
        using var model = JsonDocument.Parse(await GetAsync(fromSummaries, $"/api/models/{selfHosted}"));
        Assert.Contains("self_hosting", model.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cached_page_shows_a_run_completed_after_it_was_drawn()
    {
        var database = await SeededDatabaseAsync();
        await using var site = await DatabaseSiteAsync(database);
        var slug = SyntheticSite.Model(Plan, 0).Card.Slug;
        var before = await GetAsync(site, $"/api/models/{slug}");
        Assert.Equal(before, await GetAsync(site, $"/api/models/{slug}"));
        var store = new EfRunStore(database);
        const string id = "perf-20991231T000000Z-late";
        var latest = SyntheticSite.Model(Plan, 0).Runs[1];

        await store.CreateRunAsync(latest.Run with { Id = id, StartedUtc = AsOf.AddMinutes(-5), Status = RunStatus.Running, SummaryJson = null, FinishedUtc = null },
            TestContext.Current.CancellationToken);
        await store.AppendSamplesAsync(latest.Samples.Select(s => s with { RunId = id }).ToList(), TestContext.Current.CancellationToken);
        var whileRunning = await GetAsync(site, $"/models/{slug}");
        await store.CompleteRunAsync(id, RunStatus.Completed, PerfSummaryJson.Serialize(PerfAnalysis.Summarise(latest.Samples, id)), TestContext.Current.CancellationToken);
        var after = await GetAsync(site, $"/api/models/{slug}");

        Assert.Contains("still running", whileRunning, StringComparison.Ordinal);
        Assert.DoesNotContain(id, before, StringComparison.Ordinal);
        Assert.Contains(id, after, StringComparison.Ordinal);
    }

    private static async Task<YardstickDatabase> SeededDatabaseAsync()
    {
        var database = YardstickDatabase.ForDataDirectory(Directory.CreateTempSubdirectory("yardstick-snapshot-").FullName);
        await database.MigrateAsync(TestContext.Current.CancellationToken);
        await new DatabaseSeeder(database).SeedAsync(Plan, cancellationToken: TestContext.Current.CancellationToken);
        return database;
    }

    private static Task<SiteServer> DatabaseSiteAsync(YardstickDatabase database) =>
        SiteServer.StartAsync(new EfCatalogStore(database), new EfRunStore(database), cancellationToken: TestContext.Current.CancellationToken,
            prices: new EfPriceHistoryStore(database), figures: new EfRunFiguresStore(database), version: new SiteDataVersion(database));

    private static string Around(string text, int at) => text.Substring(Math.Max(0, at - 150), Math.Min(300, text.Length - Math.Max(0, at - 150)));

    /// <summary>The body with the server's own address removed (the two sites listen on different ports).</summary>
    private static async Task<string> GetAsync(SiteServer site, string path)
    {
        var response = await site.Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return body.Replace(site.Address.ToString().TrimEnd('/'), "http://site", StringComparison.Ordinal);
    }
}
