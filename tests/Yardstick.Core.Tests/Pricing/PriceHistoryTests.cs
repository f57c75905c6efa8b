using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;

namespace Yardstick.Core.Tests.Pricing;

public sealed class PriceHistoryTests
{
    private static readonly DateTimeOffset Day0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static PriceRecord Record(int day, decimal input, string feed = "catalog", long importId = 1, string endpoint = "m@a") => new()
    {
        EndpointId = endpoint, ModelSlug = "m", Provider = "A", EffectiveFromUtc = Day0.AddDays(day), Feed = feed, ImportId = importId,
        Price = new TokenPrice(new UsdPerMillionTokens(input), null, new UsdPerMillionTokens(8m), null),
    };

    [Theory]
    // the day asked about → the input price in force (records: day 0 $2, day 10 $3, day 20 $1.5)
    [InlineData(0, 2.0)]
    [InlineData(9, 2.0)]
    [InlineData(10, 3.0)]
    [InlineData(25, 1.5)]
    public void Price_in_force_is_the_latest_whose_date_has_come(int day, double expected)
    {
        PriceRecord[] records = [Record(20, 1.5m, importId: 3), Record(0, 2m), Record(10, 3m, "litellm", 2)];

        var inForce = PriceHistory.InForce(records, Day0.AddDays(day));

        Assert.Equal((decimal)expected, inForce["m@a"].Price.Input!.Value.Value);
    }

    [Fact]
    public void Before_the_first_record_there_is_no_price_in_force()
    {
        Assert.Empty(PriceHistory.InForce([Record(5, 2m)], Day0));
    }

    [Fact]
    public void On_the_same_date_the_later_import_wins()
    {
        var inForce = PriceHistory.InForce([Record(1, 2m, importId: 7), Record(1, 4m, importId: 9)], Day0.AddDays(2));

        Assert.Equal(4m, inForce["m@a"].Price.Input!.Value.Value);
    }

    [Fact]
    public void Changes_skip_restatements_and_list_newest_first()
    {
        PriceRecord[] records = [Record(0, 2m), Record(5, 2m, "litellm", 2), Record(10, 3m, "litellm", 3), Record(12, 3m, importId: 4)];

        var changes = PriceHistory.Changes(records);

        Assert.Equal([Day0.AddDays(10), Day0], changes.Select(c => c.Record.EffectiveFromUtc));
        Assert.Equal(2m, changes[0].Previous!.Input!.Value.Value);
        Assert.Null(changes[1].Previous);
    }

    [Fact]
    public void Import_plan_compares_with_the_same_feed_only()
    {
        // Given the catalog said $2 and a feed later said $3
        PriceRecord[] existing = [Record(0, 2m), Record(10, 3m, "litellm", 2)];
        var restated = new PriceImportBatch("catalog", "catalog/models", Day0.AddDays(20), [new PriceImportEntry("m@a", "m", "A", Record(0, 2m).Price)]);
        var changed = new PriceImportBatch("catalog", "catalog/models", Day0.AddDays(20), [new PriceImportEntry("m@a", "m", "A", Record(0, 2.5m).Price)]);

        // Then re-stating the catalog's own $2 is no news (the feed's $3 stays in force), but $2.50 is
        Assert.Empty(PriceImportPlan.Changed(restated, existing, 5));
        Assert.Equal(2.5m, Assert.Single(PriceImportPlan.Changed(changed, existing, 5)).Price.Input!.Value.Value);
    }

    [Fact]
    public void Import_plan_skips_entries_without_any_price()
    {
        var batch = new PriceImportBatch("litellm", "f.json", Day0, [new PriceImportEntry("m@a", "m", "A", TokenPrice.None)]);

        Assert.Empty(PriceImportPlan.Changed(batch, [], 1));
    }

    [Fact]
    public void Same_prices_ignore_the_source()
    {
        var a = Record(0, 2m).Price with { Source = new FactSource(FactSourceKind.User, "") };

        Assert.True(PriceHistory.SamePrices(a, Record(0, 2m).Price));
        Assert.False(PriceHistory.SamePrices(a, a with { Reasoning = new UsdPerMillionTokens(1m) }));
    }
}
