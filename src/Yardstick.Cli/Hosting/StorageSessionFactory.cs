using Yardstick.Catalog.Loading;
using Yardstick.Storage;
using Yardstick.Storage.Catalog;
using Yardstick.Storage.Runs;

namespace Yardstick.Cli.Hosting;

/// <summary>Opens the database the settings name: migrates it, and imports the catalog on first use.</summary>
internal static class StorageSessionFactory
{
    public static async Task<StorageSession> OpenAsync(DataSettings settings, CancellationToken cancellationToken)
    {
        var database = OpenDatabase(settings);
        await database.MigrateAsync(cancellationToken);
        var importer = new CatalogImporter(database);
        if (await importer.IsEmptyAsync(cancellationToken))
        {
            var directory = CatalogLocator.Resolve(settings.Catalog);
            var models = CatalogLoader.LoadDirectory(directory).EnsureValid();
            await importer.ImportAsync(models, directory, cancellationToken);
        }
        return new StorageSession(new EfRunStore(database), new EfCatalogStore(database), database.Description);
    }

    public static YardstickDatabase OpenDatabase(DataSettings settings)
    {
        var connection = settings.Database ?? Environment.GetEnvironmentVariable("YARDSTICK_DB");
        return string.IsNullOrWhiteSpace(connection)
            ? YardstickDatabase.ForDataDirectory(settings.ResolveDataDirectory())
            : YardstickDatabase.Open(connection);
    }
}
