using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Catalog.Loading;
using Yardstick.Core.Classes;

namespace Yardstick.Cli.Commands;

/// <summary>`yardstick catalog validate`: checks every catalog file and the links between them; touches no database.</summary>
public sealed class CatalogValidateCommand : Command<CatalogValidateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--catalog <DIR>")]
        [Description("Catalog folder (default: the repository's catalog/models).")]
        public string? Catalog { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var directory = CatalogLocator.Resolve(settings.Catalog);
        var result = CatalogLoader.LoadDirectory(directory);
        foreach (var error in result.Errors)
            AnsiConsole.MarkupLineInterpolated($"[red]error[/] {error}");
        if (!result.IsValid)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{result.Errors.Count} error(s)[/] in {result.FilesRead} file(s) under {directory}.");
            return 1;
        }
        var open = result.Models.Where(m => m.OpenWeights).ToList();
        var sizes = string.Join(", ", open.GroupBy(ComparisonClassRule.SizeClassOf).OrderBy(g => g.Key).Select(g => $"{g.Key?.ToString() ?? "unknown"} {g.Count()}"));
        var bands = string.Join(", ", result.Models.Where(m => !m.OpenWeights).GroupBy(m => ComparisonClassRule.PriceBandOf(m)).OrderBy(g => g.Key).Select(g => $"{g.Key?.ToString() ?? "no price"} {g.Count()}"));
        AnsiConsole.MarkupLineInterpolated($"[green]ok[/] {result.Models.Count} models in {directory}");
        AnsiConsole.MarkupLineInterpolated($"  open weights by size: {sizes}");
        AnsiConsole.MarkupLineInterpolated($"  proprietary by price band: {bands}");
        AnsiConsole.MarkupLineInterpolated($"  reasoning: {result.Models.Count(m => m.Reasoning)}, non-reasoning: {result.Models.Count(m => !m.Reasoning)}");
        return 0;
    }
}
