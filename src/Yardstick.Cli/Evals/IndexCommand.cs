using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Cli.CommandLine;
using Yardstick.Cli.Hosting;
using Yardstick.Core.Catalog;
using Yardstick.Core.Evals;
using Yardstick.Evals.Index;

namespace Yardstick.Cli.Evals;

/// <summary>
/// `yardstick index --model SLUG`: a model's Yardstick Index from its stored eval runs, with each component's score
/// and run, the estimation note, verbosity and cost to run the index.
/// </summary>
public sealed class IndexCommand : AsyncCommand<IndexCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandOption("--model <SLUG_OR_ID>")]
        [Description("Catalog slug or endpoint model id whose eval runs count.")]
        public string? Model { get; init; }

        [CommandOption("--weights <PATH>")]
        [Description("Another index definition file (default: the embedded Yardstick Index v1).")]
        public string? Weights { get; init; }

        [CommandOption("--version <VERSION>")]
        [Description("Shipped index version: v1 (six evals) or v2 (four categories at 25 %). Default: v1.")]
        public string? IndexVersion { get; init; }

        [CommandOption("--json <PATH>")]
        [Description("Write the index result as JSON here.")]
        public string? Json { get; init; }

        public override ValidationResult Validate() =>
            OptionRanges.Check(this) is { Successful: false } outOfRange ? outOfRange
            : string.IsNullOrWhiteSpace(Model) ? ValidationResult.Error("--model is required.")
            : Weights is not null && !File.Exists(Weights) ? ValidationResult.Error($"--weights {Weights} does not exist.")
            : Weights is not null && IndexVersion is not null ? ValidationResult.Error("--weights and --version both choose the definition: give one.")
            : IndexVersion is not null && YardstickIndex.ByVersion(IndexVersion) is null ? ValidationResult.Error("--version must be v1 or v2.")
            : ValidationResult.Success();
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        IndexDefinition definition;
        try
        {
            definition = settings.Weights is not null ? YardstickIndex.Load(settings.Weights)
                : settings.IndexVersion is { } version ? YardstickIndex.ByVersion(version)!
                // The command's default stays v1 (its contract); the pages default to v2 (YardstickIndex.Current).
                : YardstickIndex.V1;
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        await using var storage = await StorageSession.OpenAsync(settings, cancellationToken);
        var result = await ModelEvalResults.IndexAsync(storage.Runs, settings.Model!, definition, cancellationToken);
        var table = new Table().AddColumns("eval", "weight", "score", "questions", "run");
        foreach (var component in result.Components)
            table.AddRow(
                Markup.Escape(component.Eval),
                component.Weight.ToString("0.0###", CultureInfo.InvariantCulture),
                component.Score is { } score ? (100 * score).ToString("0.0", CultureInfo.InvariantCulture) : "missing",
                component.Questions is { } questions ? $"{questions}/{component.DatasetItems?.ToString(CultureInfo.InvariantCulture) ?? "?"}" : "",
                Markup.Escape(component.RunId ?? ""));
        AnsiConsole.Write(table);
        var value = result.Value is { } v
            ? v.ToString("0.0", CultureInfo.InvariantCulture) + (result.Ci95 is { } ci ? string.Create(CultureInfo.InvariantCulture, $" (95% CI {ci[0]:0.0} – {ci[1]:0.0})") : "")
              + (result.Estimated ? " estimated" : "")
            : "no index";
        AnsiConsole.WriteLine($"{result.Index} v{result.Version} for {settings.Model}: {value}");
        if (result.Note is not null)
            AnsiConsole.WriteLine(result.Note);
        if (result.VerbosityOutputTokens is { } tokens)
            AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"verbosity {tokens:N0} output tokens; cost to run {(result.CostToRunUsd is { } cost ? cost.ToString("$0.00", CultureInfo.InvariantCulture) + CostBasis(result) : "unavailable")}{(result.Complete ? "" : " (projected from partial runs)")}"));
        if (settings.Json is not null)
            await File.WriteAllTextAsync(settings.Json, JsonSerializer.Serialize(result, Indented) + "\n", cancellationToken);
        return 0;
    }

    // A measured self-hosting cost is no list price: say so, with the perf runs it came from.
    private static string CostBasis(IndexResult result) =>
        result.CostSources.Select(FactSource.TryParse).Where(s => s?.Kind == FactSourceKind.Measured).Select(s => s!.Reference).ToList() is { Count: > 0 } runs
            ? $" (measured self-hosting cost, run {string.Join(", ", runs)})"
            : "";
}
