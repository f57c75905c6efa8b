using Yardstick.Catalog.Loading;
using Yardstick.Core.Runs;
using Yardstick.Core.Secrets;
using Yardstick.Storage;
using Yardstick.Storage.Catalog;
using Yardstick.Storage.Runs;
using Yardstick.Storage.Scheduling;

namespace Yardstick.Cli.Hosting;

/// <summary>
/// Opens the database the settings name and migrates it. The catalog is imported on first use and again whenever the
/// catalog files changed since the last import; changed files that do not validate leave the imported catalog as it was.
/// Every run store a command gets writes through one redaction point (<see cref="RedactingRunStore"/>) and the text caps
/// (<see cref="CappingRunStore"/>), in that order, so a secret is masked before any text is cut.
/// </summary>
internal static class StorageSessionFactory
{
    public static async Task<StorageSession> OpenAsync(DataSettings settings, SecretRedactor secrets, CancellationToken cancellationToken)
    {
        if (settings.MaxTextChars is < 1)
            throw new InvalidOperationException("--max-text-chars must be at least 1 (characters of answer and of reasoning stored per sample).");
        var caps = settings.MaxTextChars is { } max ? new SampleTextCaps { MaxAnswerChars = max, MaxReasoningChars = max } : SampleTextCaps.Default;
        var database = OpenDatabase(settings);
        await database.MigrateAsync(cancellationToken);
        var importer = new CatalogImporter(database);
        var directory = CatalogLocator.Resolve(settings.Catalog);
        var lastImport = await importer.LastImportHashAsync(cancellationToken);
        // Hashing the files is cheap; parsing and validating them is only needed when they changed since the last import.
        if (lastImport != CatalogLoader.ContentHashOf(directory))
        {
            var catalog = CatalogLoader.LoadDirectory(directory);
            if (catalog.IsValid)
            {
                var result = await importer.ImportAsync(catalog.Models, directory, catalog.ContentSha256, cancellationToken);
                // Notes go to stderr: stdout may be a JSON document (runs list --json) that a script parses.
                if (lastImport is not null)
                    Console.Error.WriteLine($"Catalog files changed: re-imported {result.ImportedModels} models (was {result.PreviousModels}).");
            }
            else if (lastImport is null)
            {
                throw new CatalogValidationException(catalog.Errors);
            }
            else
            {
                Console.Error.WriteLine($"warning: the catalog files in {directory} have {catalog.Errors.Count} error(s); the last imported catalog stays in use (see `yardstick catalog validate`).");
            }
        }
        var runs = new RedactingRunStore(new CappingRunStore(new EfRunStore(database), caps), secrets);
        return new StorageSession(runs, new EfCatalogStore(database), database.Description, owner: database,
            scheduling: new EfSchedulingStore(database), prices: new EfPriceHistoryStore(database),
            figures: new EfRunFiguresStore(database), version: new SiteDataVersion(database), secrets: secrets);
    }

    public static YardstickDatabase OpenDatabase(DataSettings settings)
    {
        var connection = settings.Database ?? Environment.GetEnvironmentVariable("YARDSTICK_DB");
        return string.IsNullOrWhiteSpace(connection)
            ? YardstickDatabase.ForDataDirectory(settings.ResolveDataDirectory())
            : YardstickDatabase.Open(connection);
    }
}
