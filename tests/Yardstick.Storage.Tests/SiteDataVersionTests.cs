using Yardstick.Core.Pages;
using Yardstick.Core.Runs;
using Yardstick.Storage.Catalog;
using Yardstick.Storage.Runs;

namespace Yardstick.Storage.Tests;

/// <summary>The site's data stamp: unchanged while nothing a page shows changed, new after each change that does.</summary>
public sealed class SiteDataVersionTests
{
    private static RunRecord Run(string id) => new()
    {
        Id = id, Kind = RunKind.Perf, ModelSlug = "yardstick-tiny", ApiStyle = "OpenAiChat", BaseUrl = "http://127.0.0.1:8000/v1",
        ModelId = "tiny", Task = "short-100", ConfigurationJson = "{}", YardstickVersion = "0.1.0",
        StartedUtc = new DateTimeOffset(2026, 11, 26, 6, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public async Task The_stamp_changes_when_a_run_is_created_completed_or_the_catalog_imported()
    {
        await using var database = await TestDatabases.CreateAsync(DatabaseProvider.Sqlite);
        var version = new SiteDataVersion(database);
        var store = new EfRunStore(database);
        var stamps = new List<SiteDataStamp> { await version.CurrentAsync(TestContext.Current.CancellationToken) };

        Assert.Equal(stamps[0], await version.CurrentAsync(TestContext.Current.CancellationToken));
        await store.CreateRunAsync(Run("perf-v1"), TestContext.Current.CancellationToken);
        stamps.Add(await version.CurrentAsync(TestContext.Current.CancellationToken));
        await store.TryAcquireLeaseAsync("perf-v1", "w1", TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        Assert.Equal(stamps[^1], await version.CurrentAsync(TestContext.Current.CancellationToken)); // a lease is not something a page shows
        await store.CompleteRunAsync("perf-v1", RunStatus.Completed, "{}", TestContext.Current.CancellationToken);
        stamps.Add(await version.CurrentAsync(TestContext.Current.CancellationToken));
        await new CatalogImporter(database).ImportAsync([], "catalog", "hash", TestContext.Current.CancellationToken);
        stamps.Add(await version.CurrentAsync(TestContext.Current.CancellationToken));

        Assert.Equal(stamps.Count, stamps.Select(s => s.ToString()).Distinct(StringComparer.Ordinal).Count());
        // The run parts count what the site checks an updated snapshot against; only the last step moved the catalog part.
        Assert.Equal([(0L, 0L), (1L, 0L), (1L, 1L), (1L, 1L)], stamps.Select(s => (s.Runs, s.FinishedRuns)));
        Assert.Equal(3, stamps.Take(3).Count(s => s.CatalogAndPrices == stamps[0].CatalogAndPrices));
        Assert.NotEqual(stamps[0].CatalogAndPrices, stamps[3].CatalogAndPrices);
    }

    [Theory]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Concurrent_readers_share_reads_yet_each_sees_a_change_made_before_it_asked(DatabaseProvider provider)
    {
        // Given a stamp being read by many callers at once
        await using var database = await TestDatabases.CreateAsync(provider);
        var version = new SiteDataVersion(database);
        var store = new EfRunStore(database);
        var token = TestContext.Current.CancellationToken;
        var before = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => version.CurrentAsync(token), token)));

        // When a run is created while reads of the old stamp may still be in flight, and callers ask again
        var inFlight = Enumerable.Range(0, 16).Select(_ => version.CurrentAsync(token)).ToList();
        await store.CreateRunAsync(Run("perf-v2"), token);
        var after = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => version.CurrentAsync(token), token)));
        await Task.WhenAll(inFlight);

        // Then every caller got the same stamp before, and every caller that asked after the change sees it
        Assert.Single(before.Distinct());
        Assert.All(after, stamp => Assert.NotEqual(before[0], stamp));
        Assert.Single(after.Distinct());
    }
}
