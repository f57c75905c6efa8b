using Yardstick.Catalog.Loading;
using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;
using Yardstick.Storage.Catalog;
using Yardstick.Testing;

namespace Yardstick.Storage.Tests.Catalog;

/// <summary>Dated prices: the catalog's own prices as an import, feeds on top, the price in force on read; subclassed once per database.</summary>
public abstract class PriceHistoryStoreContractTests
{
    protected abstract DatabaseProvider Provider { get; }

    private static readonly Lazy<IReadOnlyList<ModelCard>> Bundled = new(() => CatalogLoader.LoadDirectory(RepositoryPaths.Catalog).EnsureValid());

    private static UsdPerMillionTokens Usd(decimal value) => new(value);

    private static PriceImportBatch Feed(DateTimeOffset at, decimal input, decimal output, string feed = "litellm") =>
        new(feed, "test.json", at, [new PriceImportEntry("gpt-4.1@openai", "gpt-4.1", "OpenAI",
            new TokenPrice(Usd(input), Usd(0.5m), Usd(output), new FactSource(FactSourceKind.Published, "test.json"))
            {
                CacheWrite = Usd(2.5m),
                LongContext = new LongContextTier(200_000, Usd(input * 2), null, Usd(output * 1.5m)),
            })]);

    [Fact]
    public async Task Catalog_prices_are_recorded_once_and_an_unchanged_reimport_adds_nothing()
    {
        var database = await TestDatabases.CreateAsync(Provider);
        var importer = new CatalogImporter(database);
        var history = new EfPriceHistoryStore(database);

        await importer.ImportAsync(Bundled.Value, "first", "h1");
        var first = await history.GetAsync("gpt-4.1");
        await importer.ImportAsync(Bundled.Value, "second", "h2");
        var second = await history.GetAsync("gpt-4.1");

        Assert.Equal(Bundled.Value.Single(m => m.Slug == "gpt-4.1").Endpoints.Count, first.Count);
        Assert.All(first, r => Assert.Equal(CatalogImporter.CatalogFeed, r.Feed));
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_newer_feed_price_is_the_price_in_force_until_the_catalog_itself_changes()
    {
        // Given the bundled catalog (GPT-4.1 at $2 / $8 from OpenAI)
        var database = await TestDatabases.CreateAsync(Provider);
        var importer = new CatalogImporter(database);
        var history = new EfPriceHistoryStore(database);
        var catalog = new EfCatalogStore(database);
        await importer.ImportAsync(Bundled.Value, "first", "h1");

        // When a feed says $3 / $12 from now on, and the unchanged catalog is then re-imported
        var result = await history.RecordAsync(Feed(DateTimeOffset.UtcNow, 3m, 12m));
        var again = await history.RecordAsync(Feed(DateTimeOffset.UtcNow, 3m, 12m));
        await importer.ImportAsync(Bundled.Value, "second", "h2");
        var price = (await catalog.GetModelAsync("gpt-4.1"))!.Endpoints.Single(e => e.Id == "gpt-4.1@openai").Price;

        // Then the feed's price is in force, with every part it stated; the same feed again records nothing
        Assert.Equal((1, 0), (result.Recorded, result.Unchanged));
        Assert.Equal((0, 1), (again.Recorded, again.Unchanged));
        Assert.Equal(3m, price.Input!.Value.Value);
        Assert.Equal(2.5m, price.CacheWrite!.Value.Value);
        Assert.Equal(new LongContextTier(200_000, Usd(6m), null, Usd(18m)), price.LongContext);
        Assert.Equal(3m, (await catalog.GetModelsAsync()).Single(m => m.Slug == "gpt-4.1").HeadlinePrice!.Input!.Value.Value);

        // And a change in the catalog's own price wins again, being the latest
        var edited = Bundled.Value.Select(m => m.Slug != "gpt-4.1" ? m : m with
        {
            Endpoints = m.Endpoints.Select(e => e.Id != "gpt-4.1@openai" ? e : e with { Price = e.Price with { Input = Usd(1.5m) } }).ToList(),
        }).ToList();
        await importer.ImportAsync(edited, "third", "h3");
        Assert.Equal(1.5m, (await catalog.GetModelAsync("gpt-4.1"))!.Endpoints.Single(e => e.Id == "gpt-4.1@openai").Price.Input!.Value.Value);
        Assert.Equal(3, PriceHistory.Changes((await history.GetAsync("gpt-4.1")).Where(r => r.EndpointId == "gpt-4.1@openai")).Count);
    }

    [Fact]
    public async Task A_price_effective_in_the_future_is_not_yet_in_force()
    {
        var database = await TestDatabases.CreateAsync(Provider);
        await new CatalogImporter(database).ImportAsync(Bundled.Value, "first", "h1");

        await new EfPriceHistoryStore(database).RecordAsync(Feed(DateTimeOffset.UtcNow.AddDays(30), 9m, 9m));

        Assert.Equal(2m, (await new EfCatalogStore(database).GetModelAsync("gpt-4.1"))!.Endpoints.Single(e => e.Id == "gpt-4.1@openai").Price.Input!.Value.Value);
    }
}
