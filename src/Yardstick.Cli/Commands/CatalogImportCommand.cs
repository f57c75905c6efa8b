using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Catalog.Loading;
using Yardstick.Cli.Hosting;
using Yardstick.Storage.Catalog;

namespace Yardstick.Cli.Commands;

/// <summary>`yardstick catalog import`: validates, then replaces the catalog in the database in one transaction.</summary>
public sealed class CatalogImportCommand : AsyncCommand<DataSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DataSettings settings, CancellationToken cancellationToken)
    {
        var directory = CatalogLocator.Resolve(settings.Catalog);
        var result = CatalogLoader.LoadDirectory(directory);
        if (!result.IsValid)
        {
            foreach (var error in result.Errors)
                AnsiConsole.MarkupLineInterpolated($"[red]error[/] {error}");
            AnsiConsole.MarkupLineInterpolated($"[red]Nothing was imported[/]: {result.Errors.Count} error(s).");
            return 1;
        }
        var database = StorageSessionFactory.OpenDatabase(settings);
        await database.MigrateAsync(cancellationToken);
        var imported = await new CatalogImporter(database).ImportAsync(result.Models, directory, result.ContentSha256, cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"[green]Imported[/] {imported.ImportedModels} models (was {imported.PreviousModels}) into {database.Description}.");
        return 0;
    }
}
