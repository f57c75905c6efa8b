using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Catalog.Loading;
using Yardstick.Cli.Hosting;
using Yardstick.Core.Catalog;
using Yardstick.Pricing.Feeds;
using Yardstick.Pricing.Import;
using Yardstick.Pricing.Mapping;

namespace Yardstick.Cli.Commands;

/// <summary>
/// `yardstick prices import FILE --format litellm|openrouter [--mapping FILE]` (or `--url URL`): reads a price feed,
/// maps its ids to catalog endpoints and records the changed prices as one dated import. Every id it cannot use is listed.
/// </summary>
public sealed class PricesImportCommand : AsyncCommand<PricesImportCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandArgument(0, "[FILE]")]
        [Description("The feed file: LiteLLM's model_prices_and_context_window.json, or a saved OpenRouter /api/v1/models answer.")]
        public string? File { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("litellm or openrouter.")]
        public string? Format { get; init; }

        [CommandOption("--url <URL>")]
        [Description("Fetch the live feed instead of reading a file (e.g. https://openrouter.ai/api/v1/models).")]
        public string? Url { get; init; }

        [CommandOption("--mapping <FILE>")]
        [Description("Feed ids → catalog model and provider (default: catalog/price-feeds.yaml beside the catalog).")]
        public string? Mapping { get; init; }

        [CommandOption("--effective <DATE>")]
        [Description("Date the prices take effect, yyyy-MM-dd (UTC midnight; default: now).")]
        public string? Effective { get; init; }

        [CommandOption("--dry-run")]
        [Description("Show what would be recorded without writing to the database.")]
        public bool DryRun { get; init; }

        internal FeedFormat? ParsedFormat => Format switch
        {
            "litellm" => FeedFormat.LiteLlm,
            "openrouter" => FeedFormat.OpenRouter,
            _ => null,
        };

        internal DateTimeOffset? ParsedEffective =>
            Effective is null ? null
            : DateOnly.TryParseExact(Effective, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                : null;

        public override ValidationResult Validate()
        {
            if (base.Validate() is { Successful: false } outOfRange)
                return outOfRange;
            if (ParsedFormat is null)
                return ValidationResult.Error("--format must be litellm or openrouter.");
            if ((File is null) == (Url is null))
                return ValidationResult.Error("Give either a FILE or --url URL (one of them).");
            if (File is not null && !System.IO.File.Exists(File))
                return ValidationResult.Error($"{File}: no such file.");
            if (Url is not null && !(Uri.TryCreate(Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && string.IsNullOrEmpty(url.UserInfo)))
                return ValidationResult.Error("--url must be an http(s) URL without credentials.");
            if (Mapping is not null && !System.IO.File.Exists(Mapping))
                return ValidationResult.Error($"--mapping {Mapping}: no such file.");
            if (Effective is not null && ParsedEffective is null)
                return ValidationResult.Error("--effective must be a date, yyyy-MM-dd.");
            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var format = settings.ParsedFormat!.Value;
        string json;
        string origin;
        if (settings.Url is { } url)
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
            json = await new PriceFeedFetcher(http).FetchAsync(new Uri(url), cancellationToken);
            origin = url;
        }
        else
        {
            json = await System.IO.File.ReadAllTextAsync(settings.File!, cancellationToken);
            origin = Path.GetFullPath(settings.File!);
        }
        var source = new FactSource(FactSourceKind.Published, origin);
        var feed = FeedReader.Read(format, json, source);
        var mappingPath = settings.Mapping ?? Path.Combine(Path.GetDirectoryName(CatalogLocator.Resolve(settings.Catalog))!, "price-feeds.yaml");
        var mapping = System.IO.File.Exists(mappingPath) ? FeedMapping.Parse(await System.IO.File.ReadAllTextAsync(mappingPath, cancellationToken)) : FeedMapping.Empty;
        if (mapping.Count == 0)
            AnsiConsole.MarkupLineInterpolated($"[yellow]The mapping {mappingPath} names no feed id (missing or empty): every id will be reported as unknown.[/]");

        await using var storage = await StorageSession.OpenAsync(settings, cancellationToken);
        var catalog = await storage.Catalog.GetModelsAsync(cancellationToken);
        var plan = PriceFeedPlanner.Plan(format, feed, mapping, catalog, origin, settings.ParsedEffective ?? DateTimeOffset.UtcNow);
        AnsiConsole.MarkupLineInterpolated($"Read {feed.Models.Count} models from {origin} ({FeedReader.FeedName(format)}); mapping {mappingPath} names {mapping.Count} ids.");
        foreach (var entry in plan.Batch.Entries.OrderBy(e => e.EndpointId, StringComparer.Ordinal))
            AnsiConsole.MarkupLineInterpolated($"  {entry.EndpointId}: {entry.Price.Input} in, {entry.Price.Output} out per 1M");
        Report("unknown id(s), not in the mapping", plan.UnknownIds);
        Report("mapped id(s) whose catalog endpoint does not exist", plan.MissingEndpoints);
        Report("mapped id(s) without both an input and an output price (no price, never $0)", plan.Unpriced);
        Report("entr(ies) that could not be read", plan.Unreadable);
        if (settings.DryRun)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]Dry run[/]: {plan.Batch.Entries.Count} price(s) would be offered to the history; nothing written.");
            return 0;
        }
        var result = await storage.Prices.RecordAsync(plan.Batch, cancellationToken);
        AnsiConsole.MarkupLineInterpolated(
            $"[green]Import {result.ImportId}[/]: {result.Recorded} price(s) recorded as of {plan.Batch.EffectiveFromUtc:yyyy-MM-dd HH:mm} UTC, {result.Unchanged} unchanged, into {storage.Description}.");
        return 0;
    }

    private static void Report(string what, IReadOnlyList<string> ids)
    {
        if (ids.Count == 0)
            return;
        AnsiConsole.MarkupLineInterpolated($"[yellow]{ids.Count} {what}[/]: {string.Join(", ", ids)}");
    }
}
