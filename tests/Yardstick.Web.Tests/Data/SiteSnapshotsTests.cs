using System.Text.Json;
using Yardstick.Core.Catalog;
using Yardstick.Core.Metrics;
using Yardstick.Core.Runs;
using Yardstick.Storage;
using Yardstick.Storage.Catalog;
using Yardstick.Storage.Runs;
using Yardstick.Storage.Seeding;
using Yardstick.Testing;
using Yardstick.Web.Data;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task A_snapshot_updated_from_the_runs_that_changed_equals_one_built_whole()
    {
        // Given a site whose snapshot was built, then runs created, completed and left running for three models
        var database = await SeededDatabaseAsync();
        await using var site = await DatabaseSiteAsync(database);
        var snapshots = site.Services.GetRequiredService<SiteSnapshots>();
        var seeded = Enumerable.Range(0, Plan.Models).Select(i => SyntheticSite.Model(Plan, i)).ToList();
        var selfHosted = seeded.First(m => m.Card.Endpoints.Any(e => e.Hardware is not null));
        var other = seeded.First(m => m.Card.Endpoints.All(e => e.Hardware is null));
        var third = seeded.First(m => m != selfHosted && m != other);
        var paths = new[] { "/api/models", $"/api/models/{selfHosted.Card.Slug}", $"/models/{selfHosted.Card.Slug}", $"/models/{other.Card.Slug}",
            $"/models/{third.Card.Slug}", "/leaderboard", "/" };
        foreach (var path in paths)
            await GetAsync(site, path);
        Assert.Equal((1, 0), (snapshots.Builds, snapshots.Updates));
        var store = new EfRunStore(database);
        var token = TestContext.Current.CancellationToken;
        await AddRunAsync(store, selfHosted.Runs[1], "perf-20991231T000000Z-new", AsOf.AddMinutes(-5), complete: true);
        await AddRunAsync(store, other.Runs.First(r => r.Run.Kind == RunKind.Eval), "eval-20991231T000000Z-new", AsOf.AddMinutes(-4), complete: true);
        await AddRunAsync(store, third.Runs[1], "perf-20991231T000000Z-running", AsOf.AddMinutes(-3), complete: false);
        await GetAsync(site, "/leaderboard");
        await store.CompleteRunAsync("perf-20991231T000000Z-running", RunStatus.Completed,
            PerfSummaryJson.Serialize(PerfAnalysis.Summarise(third.Runs[1].Samples, "perf-20991231T000000Z-running")), token);

        // When the site draws its pages again, and a second site draws them from scratch
        var updated = new List<string>();
        foreach (var path in paths)
            updated.Add(await GetAsync(site, path));
        await using var whole = await DatabaseSiteAsync(database);

        // Then the first site read only what changed (no second whole build), and every page says the same as the second's
        Assert.Equal(1, snapshots.Builds);
        Assert.True(snapshots.Updates >= 2, $"{snapshots.Updates} updates");
        Assert.Contains("perf-20991231T000000Z-new", updated[1], StringComparison.Ordinal);
        for (var i = 0; i < paths.Length; i++)
        {
            var expected = await GetAsync(whole, paths[i]);
            var at = Enumerable.Range(0, Math.Min(expected.Length, updated[i].Length)).FirstOrDefault(k => expected[k] != updated[i][k], Math.Min(expected.Length, updated[i].Length));
            Assert.True(expected == updated[i], $"{paths[i]} differs at {at}: whole '{Around(expected, at)}', updated '{Around(updated[i], at)}'.");
        }
    }

    [Fact]
    public async Task A_run_stamped_far_before_the_newest_is_still_shown_by_building_the_snapshot_whole()
    {
        // Given a built snapshot
        var database = await SeededDatabaseAsync();
        await using var site = await DatabaseSiteAsync(database);
        var snapshots = site.Services.GetRequiredService<SiteSnapshots>();
        var model = SyntheticSite.Model(Plan, 0);
        await GetAsync(site, $"/api/models/{model.Card.Slug}");

        // When a writer whose clock is a month behind stores a completed run (outside the window the update reads again)
        var late = model.Runs[1];
        var id = "perf-20991231T000000Z-skewed";
        await new EfRunStore(database).CreateRunAsync(late.Run with { Id = id, StartedUtc = AsOf.AddDays(-40), FinishedUtc = AsOf.AddDays(-40).AddMinutes(2) },
            TestContext.Current.CancellationToken);
        await GetAsync(site, $"/api/models/{model.Card.Slug}");

        // Then the counts disagree with the stamp, so the snapshot is built whole and the run is among the model's measurements
        Assert.Equal(2, snapshots.Builds);
        var snapshot = await snapshots.CurrentAsync(TestContext.Current.CancellationToken);
        Assert.Contains(snapshot.Measurements[model.Card.Slug].Perf, p => p.Run.Id == id);
    }

    [Fact]
    public async Task A_kept_snapshot_is_read_again_at_the_current_moment_once_older_than_the_cache_lifetime()
    {
        var database = await SeededDatabaseAsync();
        var clock = new ManualClock(AsOf);
        var snapshots = new SiteSnapshots(new EfCatalogStore(database), new EfRunStore(database), new EfRunFiguresStore(database), new SiteOptions(),
            new SiteDataVersion(database), clock);
        var token = TestContext.Current.CancellationToken;
        var first = await snapshots.CurrentAsync(token);
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Same(first, await snapshots.CurrentAsync(token));

        // A run finishing within the lifetime: only its model is read again (at that moment); the others keep their reading
        var model = SyntheticSite.Model(Plan, 0);
        await AddRunAsync(new EfRunStore(database), model.Runs[1], "perf-20991231T000000Z-within", AsOf.AddMinutes(-5), complete: true);
        var updated = await snapshots.CurrentAsync(token);
        Assert.Equal(AsOf.AddSeconds(30), updated.Measurements[model.Card.Slug].AsOf);
        Assert.All(updated.Measurements.Where(kv => kv.Key != model.Card.Slug), kv => Assert.Same(first.Measurements[kv.Key], kv.Value));
        Assert.Equal(AsOf, updated.AsOf);

        clock.Advance(TimeSpan.FromSeconds(31));
        var later = await snapshots.CurrentAsync(token);

        Assert.Equal((1, 2), (snapshots.Builds, snapshots.Updates));
        Assert.Equal(AsOf.AddSeconds(61), later.AsOf);
        Assert.All(later.Measurements.Values, m => Assert.Equal(later.AsOf, m.AsOf));
        Assert.Equal(first.Rows.Select(r => r.Card.Slug), later.Rows.Select(r => r.Card.Slug));
    }

    private static async Task AddRunAsync(EfRunStore store, SeededRun template, string id, DateTimeOffset started, bool complete)
    {
        var token = TestContext.Current.CancellationToken;
        await store.CreateRunAsync(template.Run with { Id = id, StartedUtc = started, Status = RunStatus.Running, SummaryJson = null, FinishedUtc = null }, token);
        await store.AppendSamplesAsync(template.Samples.Select(s => s with { RunId = id }).ToList(), token);
        if (complete)
            await store.CompleteRunAsync(id, RunStatus.Completed, template.Run.SummaryJson, token);
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
