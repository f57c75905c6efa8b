using Spectre.Console;
using Yardstick.Catalog.Loading;
using Yardstick.Storage;
using Yardstick.Storage.Catalog;
using Yardstick.Storage.Runs;

namespace Yardstick.Cli.Hosting;

/// <summary>
/// Opens the database the settings name and migrates it. The catalog is imported on first use and again whenever the
/// catalog files changed since the last import; changed files that do not validate leave the imported catalog as it was.
/// </summary>
internal static class StorageSessionFactory
{
    public static async Task<StorageSession> OpenAsync(DataSettings settings, CancellationToken cancellationToken)
    {
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
                if (lastImport is not null)
                    AnsiConsole.MarkupLineInterpolated($"[grey]Catalog files changed: re-imported {result.ImportedModels} models (was {result.PreviousModels}).[/]");
            }
            else if (lastImport is null)
            {
                throw new CatalogValidationException(catalog.Errors);
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated($"[yellow]The catalog files in {directory} have {catalog.Errors.Count} error(s); the last imported catalog stays in use (see `yardstick catalog validate`).[/]");
            }
        }
        return new StorageSession(new EfRunStore(database), new EfCatalogStore(database), database.Description, prices: new EfPriceHistoryStore(database));
    }

    public static YardstickDatabase OpenDatabase(DataSettings settings)
    {
        var connection = settings.Database ?? Environment.GetEnvironmentVariable("YARDSTICK_DB");
        return string.IsNullOrWhiteSpace(connection)
            ? YardstickDatabase.ForDataDirectory(settings.ResolveDataDirectory())
            : YardstickDatabase.Open(connection);
    }
}
