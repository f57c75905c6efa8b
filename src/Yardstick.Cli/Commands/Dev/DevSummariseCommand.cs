using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Cli.Hosting;
using Yardstick.Storage.Runs;

namespace Yardstick.Cli.Commands.Dev;

/// <summary>
/// `yardstick dev summarise`: computes the precomputed figures (run_summaries) of runs stored before they existed, or of
/// every run with --all. Pages compute a missing summary on first read too; this does it ahead, in one pass.
/// </summary>
public sealed class DevSummariseCommand : AsyncCommand<DevSummariseCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandOption("--all")]
        [Description("Recompute every run's figures, not only the missing ones.")]
        public bool All { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using (var session = await StorageSession.OpenAsync(settings, cancellationToken))
            AnsiConsole.MarkupLineInterpolated($"Summarising runs in {session.Description}");
        await using var database = StorageSessionFactory.OpenDatabase(settings);
        var count = await new EfRunFiguresStore(database).BackfillAsync(settings.All, cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"[green]summarised[/] {count:N0} run(s) from their samples.");
        return 0;
    }
}
