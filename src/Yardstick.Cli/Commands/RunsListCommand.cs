using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Cli.CommandLine;
using Yardstick.Cli.Hosting;
using Yardstick.Core.Runs;

namespace Yardstick.Cli.Commands;

/// <summary>`yardstick runs list`: the stored runs, newest first, with their sample counts.</summary>
public sealed class RunsListCommand : AsyncCommand<RunsListCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandOption("--kind <KIND>")]
        [Description("perf, eval or probe.")]
        public RunKind? Kind { get; init; }

        [CommandOption("--model <SLUG>")]
        [Description("Only runs of this catalog model.")]
        public string? Model { get; init; }

        [CommandOption("--limit <N>")]
        [Description("At most N runs, newest first (1 to 100,000; default 20).")]
        [DefaultValue(20)]
        [OptionRange(1, 100_000)]
        public int Limit { get; init; } = 20;

        public override ValidationResult Validate() => OptionRanges.Check(this);
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var storage = await StorageSession.OpenAsync(settings, cancellationToken);
        var runs = await storage.Runs.ListRunsAsync(new RunQuery(settings.Kind, settings.Model, Limit: settings.Limit), cancellationToken);
        var table = new Table().AddColumns("run id", "kind", "model", "task", "status", "started (UTC)", "samples", "failed");
        foreach (var run in runs)
        {
            var samples = await storage.Runs.CountSamplesAsync(run.Id, cancellationToken);
            table.AddRow(run.Id, run.Kind.ToString().ToLowerInvariant(), run.ModelSlug ?? run.ModelId, run.Task, run.Status.ToString(),
                run.StartedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss"), samples.Total.ToString(), samples.Failed.ToString());
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"{runs.Count} run(s) in {storage.Description}.");
        return 0;
    }
}
