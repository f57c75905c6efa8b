using Yardstick.Core.Pricing;
using Yardstick.Storage;
using Yardstick.Storage.Catalog;
using Yardstick.Testing;

namespace Yardstick.Cli.Tests.Commands;

/// <summary>`yardstick prices import` on the sample LiteLLM feed and the bundled mapping (no network).</summary>
public sealed class PricesImportCommandTests
{
    private static readonly string Sample = Path.Combine(RepositoryPaths.Root, "tests", "Yardstick.Pricing.Tests", "Samples", "litellm-model-prices.json");

    [Fact]
    public async Task Import_records_mapped_prices_once_and_lists_unknown_ids()
    {
        var data = Directory.CreateTempSubdirectory("yardstick-prices-").FullName;

        var first = await CliProcess.RunAsync(["prices", "import", Sample, "--format", "litellm", "--effective", "2026-11-01", "--data", data]);
        var again = await CliProcess.RunAsync(["prices", "import", Sample, "--format", "litellm", "--effective", "2026-11-01", "--data", data]);

        Assert.True(first.ExitCode == 0, first.All);
        Assert.True(first.Output.Contains("3 price(s) recorded", StringComparison.Ordinal), first.All);
        Assert.Contains("mistral/mistral-large-latest", first.Output, StringComparison.Ordinal);
        Assert.Contains("0 price(s) recorded", again.Output, StringComparison.Ordinal);
        var history = await new EfPriceHistoryStore(YardstickDatabase.ForDataDirectory(data)).GetAsync("claude-sonnet-4.5", TestContext.Current.CancellationToken);
        var litellm = Assert.Single(history, r => r.Feed == "litellm");
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), litellm.EffectiveFromUtc);
        Assert.Equal(new LongContextTier(200_000, new UsdPerMillionTokens(6m), new UsdPerMillionTokens(0.6m), new UsdPerMillionTokens(22.5m)), litellm.Price.LongContext);
    }

    [Theory]
    [InlineData("--format", "csv", "--format must be litellm or openrouter")]
    [InlineData("--url", "ftp://example.org/x", "--url must be an http(s) URL")]
    public async Task Bad_options_are_refused_before_any_work(string option, string value, string message)
    {
        var args = option == "--format"
            ? new[] { "prices", "import", Sample, "--format", value }
            : new[] { "prices", "import", "--format", "openrouter", option, value };

        var result = await CliProcess.RunAsync(args);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.All, StringComparison.Ordinal);
    }
}
