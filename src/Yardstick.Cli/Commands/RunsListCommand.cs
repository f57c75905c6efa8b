using System.ComponentModel;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Cli.CommandLine;
using Yardstick.Cli.Hosting;
using Yardstick.Cli.Runs;
using Yardstick.Core.Runs;

namespace Yardstick.Cli.Commands;

/// <summary>`yardstick runs list`: the stored runs, newest first, with their sample counts.</summary>
public sealed class RunsListCommand : AsyncCommand<RunsListCommand.Settings>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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

        [CommandOption("--json")]
        [Description("Print a JSON array of runs {id, kind, status, model_slug, task, started_utc, finished_utc, samples, failed, failure_reason} instead of the table.")]
        public bool Json { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var storage = await StorageSession.OpenAsync(settings, cancellationToken);
        var runs = await storage.Runs.ListRunsAsync(new RunQuery(settings.Kind, settings.Model, Limit: settings.Limit), cancellationToken);
        var entries = new List<RunListEntry>();
        foreach (var run in runs)
            entries.Add(RunListEntry.Of(run, await storage.Runs.CountSamplesAsync(run.Id, cancellationToken)));
        if (settings.Json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(entries, Indented));
            return 0;
        }
        string[] header = ["run id", "kind", "model", "task", "status", "started (UTC)", "samples", "failed"];
        var rows = entries.Select((e, i) => (IReadOnlyList<string>)[e.Id, e.Kind, e.ModelSlug ?? runs[i].ModelId, e.Task, e.Status,
            e.StartedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            e.Samples.ToString(CultureInfo.InvariantCulture), e.Failed.ToString(CultureInfo.InvariantCulture)]).ToList();
        // A bordered table only where it fits a terminal; piped or narrow, plain aligned columns that never wrap an id.
        const int BordersAndPadding = 3 * 8 + 1;
        if (!Console.IsOutputRedirected && PlainTable.Width(header, rows) + BordersAndPadding <= AnsiConsole.Profile.Width)
        {
            var table = new Table().AddColumns(header);
            foreach (var row in rows)
                table.AddRow([.. row.Select(Markup.Escape)]);
            AnsiConsole.Write(table);
        }
        else
        {
            foreach (var line in PlainTable.Lines(header, rows))
                await Console.Out.WriteLineAsync(line);
        }
        await Console.Out.WriteLineAsync($"{runs.Count} run(s) in {storage.Description}.");
        return 0;
    }
}
