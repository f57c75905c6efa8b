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
        var stamps = new List<string> { await version.CurrentAsync(TestContext.Current.CancellationToken) };

        Assert.Equal(stamps[0], await version.CurrentAsync(TestContext.Current.CancellationToken));
        await store.CreateRunAsync(Run("perf-v1"), TestContext.Current.CancellationToken);
        stamps.Add(await version.CurrentAsync(TestContext.Current.CancellationToken));
        await store.TryAcquireLeaseAsync("perf-v1", "w1", TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        Assert.Equal(stamps[^1], await version.CurrentAsync(TestContext.Current.CancellationToken)); // a lease is not something a page shows
        await store.CompleteRunAsync("perf-v1", RunStatus.Completed, "{}", TestContext.Current.CancellationToken);
        stamps.Add(await version.CurrentAsync(TestContext.Current.CancellationToken));
        await new CatalogImporter(database).ImportAsync([], "catalog", "hash", TestContext.Current.CancellationToken);
        stamps.Add(await version.CurrentAsync(TestContext.Current.CancellationToken));

        Assert.Equal(stamps.Count, stamps.Distinct(StringComparer.Ordinal).Count());
    }
}
