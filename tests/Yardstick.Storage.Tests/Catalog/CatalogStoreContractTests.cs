using Yardstick.Catalog.Loading;
using Yardstick.Core.Catalog;
using Yardstick.Storage.Catalog;
using Yardstick.Testing;

namespace Yardstick.Storage.Tests.Catalog;

/// <summary>Import and read-back of the catalog; subclassed once per database.</summary>
public abstract class CatalogStoreContractTests
{
    protected abstract DatabaseProvider Provider { get; }

    private static readonly Lazy<IReadOnlyList<ModelCard>> Bundled = new(() => CatalogLoader.LoadDirectory(RepositoryPaths.Catalog).EnsureValid());

    [Fact]
    public async Task Imported_catalog_reads_back_equal_to_the_files()
    {
        var database = await TestDatabases.CreateAsync(Provider);
        var importer = new CatalogImporter(database);
        Assert.True(await importer.IsEmptyAsync());

        var result = await importer.ImportAsync(Bundled.Value, RepositoryPaths.Catalog, "h1");
        var models = await new EfCatalogStore(database).GetModelsAsync();

        Assert.False(await importer.IsEmptyAsync());
        Assert.Equal(Bundled.Value.Count, result.ImportedModels);
        Assert.Equal(Bundled.Value.Count, models.Count);
        foreach (var expected in Bundled.Value)
        {
            var actual = models.Single(m => m.Slug == expected.Slug);
            Assert.Equal(expected.Name, actual.Name);
            Assert.Equal(expected.ParametersTotalB, actual.ParametersTotalB);
            Assert.Equal(expected.ContextWindowTokens, actual.ContextWindowTokens);
            Assert.Equal(expected.SuccessorSlug, actual.SuccessorSlug);
            Assert.Equal(expected.Modalities.ToString(), actual.Modalities.ToString());
            Assert.Equal(expected.FactSources.OrderBy(k => k.Key), actual.FactSources.OrderBy(k => k.Key));
            Assert.Equal(expected.Capabilities.OrderBy(c => c.Name), actual.Capabilities);
            Assert.Equal(expected.PublishedScores.OrderBy(s => s.Benchmark).ThenBy(s => s.Value), actual.PublishedScores.OrderBy(s => s.Benchmark).ThenBy(s => s.Value));
            Assert.Equal(expected.Endpoints.OrderBy(e => e.Id, StringComparer.Ordinal), actual.Endpoints);
        }
    }

    [Fact]
    public async Task Reimport_replaces_the_catalog_and_keeps_runs()
    {
        var database = await TestDatabases.CreateAsync(Provider);
        var importer = new CatalogImporter(database);
        await importer.ImportAsync(Bundled.Value, "first", "h1");
        var runs = new Yardstick.Storage.Runs.EfRunStore(database);
        await runs.CreateRunAsync(new Core.Runs.RunRecord
        {
            Id = "r1", Kind = Core.Runs.RunKind.Perf, ModelSlug = Bundled.Value[0].Slug, ApiStyle = "OpenAiChat", BaseUrl = "http://x",
            ModelId = "m", Task = "t", ConfigurationJson = "{}", YardstickVersion = "0", StartedUtc = DateTimeOffset.UtcNow,
        });

        var result = await importer.ImportAsync(Bundled.Value.Take(3).ToList(), "second", "h2");

        Assert.Equal(Bundled.Value.Count, result.PreviousModels);
        Assert.Equal(3, (await new EfCatalogStore(database).GetModelsAsync()).Count);
        Assert.Equal("h2", await importer.LastImportHashAsync());
        Assert.NotNull(await runs.GetRunAsync("r1"));
    }

    [Fact]
    public async Task Failed_import_changes_nothing()
    {
        var database = await TestDatabases.CreateAsync(Provider);
        var importer = new CatalogImporter(database);
        await importer.ImportAsync(Bundled.Value, "first", "h1");
        var duplicate = Bundled.Value[0];

        // Two cards with one slug violate the primary key half-way through the transaction.
        await Assert.ThrowsAnyAsync<Exception>(() => importer.ImportAsync([Bundled.Value[1], duplicate, duplicate], "broken", "h3"));

        Assert.Equal(Bundled.Value.Count, (await new EfCatalogStore(database).GetModelsAsync()).Count);
        Assert.Equal("h1", await importer.LastImportHashAsync());
    }

    [Fact]
    public async Task Unknown_slug_reads_as_null()
    {
        var database = await TestDatabases.CreateAsync(Provider);

        Assert.Null(await new EfCatalogStore(database).GetModelAsync("no-such-model"));
    }
}
