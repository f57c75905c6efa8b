using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Cli.Hosting;
using Yardstick.Cli.Scheduling;
using Yardstick.Scheduling.Plans;

namespace Yardstick.Cli.Commands;

/// <summary>`yardstick plan validate FILE`: every error of a plan file at once (file:line: field: reason), against the catalog in the database.</summary>
public sealed class PlanValidateCommand : AsyncCommand<PlanValidateCommand.Settings>
{
    public class Settings : DataSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The plan file (YAML; schema in docs/scale-out.md).")]
        public string File { get; init; } = "";

        public override ValidationResult Validate() =>
            base.Validate() is { Successful: false } outOfRange ? outOfRange
            : System.IO.File.Exists(File) ? ValidationResult.Success() : ValidationResult.Error($"{File}: no such file.");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var storage = await StorageSession.OpenAsync(settings, cancellationToken);
        var result = await LoadAsync(settings.File, storage, cancellationToken);
        if (!result.IsValid)
            return 1;
        var plan = result.Plan!;
        AnsiConsole.MarkupLineInterpolated($"[green]ok[/] {settings.File}: {plan.Endpoints.Count} endpoint(s), {plan.Suites.Count} suite(s), {plan.Work().Count} schedule(s)");
        foreach (var suite in plan.Suites)
            AnsiConsole.MarkupLineInterpolated($"  {suite.Name}: {suite.Schedule} on {string.Join(", ", suite.Endpoints)}{(suite.Locations.Count > 0 ? " at " + string.Join(", ", suite.Locations) : "")}");
        return 0;
    }

    /// <summary>Loads and checks the plan, printing every error; the plan and its text when valid.</summary>
    internal static async Task<PlanLoadResult> LoadAsync(string file, StorageSession storage, CancellationToken cancellationToken)
    {
        var result = PlanLoader.LoadFile(file, await SchedulingContext.ReferencesAsync(storage, cancellationToken));
        foreach (var error in result.Errors)
            AnsiConsole.MarkupLineInterpolated($"[red]error[/] {error}");
        if (!result.IsValid)
            AnsiConsole.MarkupLineInterpolated($"[red]{result.Errors.Count} error(s)[/] in {file}.");
        return result;
    }
}
