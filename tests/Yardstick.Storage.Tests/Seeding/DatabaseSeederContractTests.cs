using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Yardstick.Core.Runs;
using Yardstick.Storage.Catalog;
using Yardstick.Storage.Runs;
using Yardstick.Storage.Seeding;

namespace Yardstick.Storage.Tests.Seeding;

/// <summary>`dev seed`'s writer on each backend: what the bulk writer stores reads back through the ordinary stores as generated.</summary>
public abstract class DatabaseSeederContractTests
{
    private static readonly SeedPlan Small = new(Models: 6, Samples: 500, Seed: 7, AsOf: new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero));

    protected abstract DatabaseProvider Provider { get; }

    [Fact]
    public async Task Seeding_stores_the_planned_models_runs_and_samples_marked_synthetic()
    {
        await using var database = await TestDatabases.CreateAsync(Provider);

        var result = await new DatabaseSeeder(database).SeedAsync(Small, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((6, 6L * Small.RunsPerModel, 500L), (result.Models, result.Runs, result.Samples));
        await using var context = database.CreateContext();
        Assert.Equal(500, await context.Samples.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(result.Runs, await context.RunSummaries.CountAsync(TestContext.Current.CancellationToken));
        var models = await new EfCatalogStore(database).GetModelsAsync(TestContext.Current.CancellationToken);
        Assert.Equal(6, models.Count);
        Assert.All(models, m =>
        {
            Assert.StartsWith(SyntheticSite.SlugPrefix, m.Slug, StringComparison.Ordinal);
            Assert.StartsWith("Seeded", m.Creator, StringComparison.Ordinal);
            Assert.Contains("synthetic", m.SourceOf("default")!.Reference, StringComparison.Ordinal);
            Assert.All(m.Endpoints, e => Assert.Contains("seed.invalid", e.BaseUrl, StringComparison.Ordinal));
        });
        Assert.True(await new DatabaseSeeder(database).HasSeedAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Seeded_rows_read_back_through_the_stores_exactly_as_generated()
    {
        await using var database = await TestDatabases.CreateAsync(Provider);
        await new DatabaseSeeder(database).SeedAsync(Small, cancellationToken: TestContext.Current.CancellationToken);
        var generated = SyntheticSite.Model(Small, 3);
        var store = new EfRunStore(database);

        var card = await new EfCatalogStore(database).GetModelAsync(generated.Card.Slug, TestContext.Current.CancellationToken);
        var figures = await new EfRunFiguresStore(database).GetFiguresAsync(generated.Runs.Select(r => r.Run.Id).ToList(), TestContext.Current.CancellationToken);

        Assert.NotNull(card);
        Assert.Equal(generated.Card.Endpoints.Select(e => (e.Id, e.Price.Input, e.Price.Output, e.Hardware?.HourlyUsd)),
            card.Endpoints.Select(e => (e.Id, e.Price.Input, e.Price.Output, e.Hardware?.HourlyUsd)));
        Assert.Equal((generated.Card.ParametersTotalB, generated.Card.ReleaseDate, generated.Card.ContextWindowTokens),
            (card.ParametersTotalB, card.ReleaseDate, card.ContextWindowTokens));
        foreach (var run in generated.Runs)
        {
            var stored = await store.GetRunAsync(run.Run.Id, TestContext.Current.CancellationToken);
            Assert.Equal(run.Run, stored);
            var samples = await store.GetSamplesAsync(run.Run.Id, TestContext.Current.CancellationToken);
            Assert.Equal(run.Samples.Select(Comparable), samples.Select(Comparable));
            Assert.Equal(run.Figures, figures[run.Run.Id]);
            Assert.Equal(RunFigures.Of(run.Run.Id, samples), figures[run.Run.Id]);
        }
    }

    [Fact]
    public async Task The_same_plan_gives_the_same_rows()
    {
        await using var first = await TestDatabases.CreateAsync(Provider);
        await using var second = await TestDatabases.CreateAsync(Provider);

        await new DatabaseSeeder(first).SeedAsync(Small, cancellationToken: TestContext.Current.CancellationToken);
        await new DatabaseSeeder(second).SeedAsync(Small, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(await DigestAsync(first), await DigestAsync(second));
        Assert.NotEqual(await DigestAsync(first), Digest(SyntheticSite.Model(Small with { Seed = 8 }, 0).Runs.SelectMany(r => r.Samples)));
    }

    private static async Task<string> DigestAsync(YardstickDatabase database)
    {
        var store = new EfRunStore(database);
        var runs = await store.ListRunsAsync(new RunQuery(Limit: 1000), TestContext.Current.CancellationToken);
        var samples = new List<SampleRecord>();
        foreach (var run in runs.OrderBy(r => r.Id, StringComparer.Ordinal))
            samples.AddRange(await store.GetSamplesAsync(run.Id, TestContext.Current.CancellationToken));
        return Digest(samples);
    }

    private static string Digest(IEnumerable<SampleRecord> samples) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", samples.Select(Comparable)))));

    /// <summary>A sample as text: its timeline as hex (records compare arrays by reference), its cost without trailing zeros (PostgreSQL pads the scale).</summary>
    private static string Comparable(SampleRecord s) =>
        (s with { Timeline = null, CostUsd = s.CostUsd / 1.000000000000000000000000000000000m }).ToString() + Convert.ToHexString(s.Timeline ?? []);
}
