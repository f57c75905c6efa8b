using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Cli.CommandLine;
using Yardstick.Cli.Hosting;
using Yardstick.Storage.Seeding;

namespace Yardstick.Cli.Commands.Dev;

/// <summary>
/// `yardstick dev seed`: fills the database with synthetic models, runs and samples for load tests of the site
/// (docs/performance/site.md). Everything it writes is marked synthetic (slugs seed-…, creators "Seeded …", suite seed).
/// </summary>
public sealed class DevSeedCommand : AsyncCommand<DevSeedCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandOption("--models <N>")]
        [Description("Synthetic catalog models to add (1 to 1,000,000; default 10,000).")]
        [OptionRange(1, 1_000_000)]
        public int Models { get; init; } = 10_000;

        [CommandOption("--samples <N>")]
        [Description("Samples in all, shared evenly among the models' runs (0 to 2,000,000,000; default 10,000,000).")]
        [OptionRange(0, 2_000_000_000)]
        public long Samples { get; init; } = 10_000_000;

        [CommandOption("--seed <N>")]
        [Description("Seed of the generator: the same seed and --as-of give the same rows. Default: 1.")]
        [OptionRange(int.MinValue, int.MaxValue)]
        public int Seed { get; init; } = 1;

        [CommandOption("--as-of <UTC>")]
        [Description("When the synthetic runs end, as an ISO 8601 UTC time (default: now, to the hour), so that the 72 h and 14 d windows hold them.")]
        public string? AsOf { get; init; }

        public override ValidationResult Validate()
        {
            if (OptionRanges.Check(this) is { Successful: false } outOfRange)
                return outOfRange;
            if (AsOf is not null && !DateTimeOffset.TryParse(AsOf, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
                return ValidationResult.Error($"--as-of '{AsOf}' is not a date and time (e.g. 2026-12-02T03:00:00Z).");
            return ValidationResult.Success();
        }

        public DateTimeOffset ResolveAsOf()
        {
            if (AsOf is not null)
                return DateTimeOffset.Parse(AsOf, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();
            var now = DateTimeOffset.UtcNow;
            return new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // The session migrates the database and imports the catalog first, so that serving it later re-imports nothing.
        await using (var session = await StorageSession.OpenAsync(settings, cancellationToken))
            AnsiConsole.MarkupLineInterpolated($"Seeding {session.Description}");
        await using var database = StorageSessionFactory.OpenDatabase(settings);
        var seeder = new DatabaseSeeder(database);
        if (await seeder.HasSeedAsync(cancellationToken))
        {
            await Console.Error.WriteLineAsync("error: the database already holds seeded models (slugs seed-…); seed a fresh database.");
            return 1;
        }
        var plan = new SeedPlan(settings.Models, settings.Samples, settings.Seed, settings.ResolveAsOf());
        var progress = new Progress<int>(done => Console.Error.WriteLine($"  {done:N0} of {plan.Models:N0} models written"));
        var result = await seeder.SeedAsync(plan, progress, cancellationToken);
        AnsiConsole.MarkupLineInterpolated(
            $"[green]seeded[/] {result.Models:N0} synthetic models, {result.Runs:N0} runs, {result.Samples:N0} samples ({result.Rows:N0} rows) in {result.Elapsed.TotalSeconds:N1} s: {result.RowsPerSecond:N0} rows/s");
        AnsiConsole.MarkupLineInterpolated($"  seed {plan.Seed}, as of {plan.AsOf:yyyy-MM-ddTHH:mm:ssZ}; every seeded slug starts with {SyntheticSite.SlugPrefix} and every creator with \"Seeded\": none is a measurement.");
        return 0;
    }
}
