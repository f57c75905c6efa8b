using System.Globalization;
using Spectre.Console;
using Yardstick.Cli.Commands;
using Yardstick.Cli.Hosting;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Measure.Recording;
using Yardstick.Measure.Workloads.MultiTurn;
using Yardstick.Measure.Workloads.Sessions;

namespace Yardstick.Cli.Perf;

/// <summary>
/// `yardstick perf --workload multi-turn|trace|agentic`: the workloads whose requests depend on each other, each run
/// by its own runner; prints the usual summary and the workload's report, and writes both to --json (the summary's
/// contract with the report under its key).
/// </summary>
internal static class WorkloadPerfRun
{
    public const string MultiTurn = "multi-turn";

    public static bool Handles(string workload) => workload is MultiTurn;

    /// <summary>What is wrong with the workload's options, in words; null when they can run.</summary>
    public static string? Validate(PerfCommand.Settings settings)
    {
        if (settings.Sweep is not null || settings.SweepRate is not null || settings.Repeats > 1)
            return $"--workload {settings.Workload} cannot be combined with --sweep, --sweep-rate or --repeats.";
        if (settings.Workload == MultiTurn)
        {
            if (settings.Rate is not null)
                return "--workload multi-turn runs sessions in a closed loop: --rate does not apply.";
            var problems = Conversations(settings).Problems();
            return problems.Count > 0 ? string.Join(" ", problems) : null;
        }
        return null;
    }

    public static async Task<int> ExecuteAsync(PerfCommand.Settings settings, ICompletionProvider provider, SampleRecorder? recorder, StorageSession storage,
        CancellationToken cancellationToken)
    {
        var options = settings.ToOptions(workload: null);
        if (settings.ModelSlug is null && await CatalogEndpointMatch.FindAsync(storage.Catalog, settings.BaseUrl!, settings.Model!, cancellationToken) is { } endpoint)
        {
            options = options with { ModelSlug = endpoint.ModelSlug, EndpointId = endpoint.Id };
            AnsiConsole.MarkupLineInterpolated($"catalog endpoint [blue]{endpoint.Id}[/]: the run is filed under model {endpoint.ModelSlug}");
        }
        try
        {
            var conversations = Conversations(settings);
            var title = $"perf {settings.Model} (multi-turn, {conversations.Sessions} sessions × {conversations.Turns} turns, {settings.MaxTokens}-token answers)";
            var result = await PerfProgressView.Default.RunAsync(title, conversations.Sessions * conversations.Turns * (conversations.ControlArm ? 2 : 1),
                progress => new MultiTurnRunner(recorder).RunAsync(provider, options, conversations, storage.Runs, progress, cancellationToken));
            PerfSummaryTable.Write(AnsiConsole.Console, result.Summary, title);
            MultiTurnTable.Write(AnsiConsole.Console, result.Report);
            return await FinishAsync(settings, storage, result, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            AnsiConsole.MarkupLine("[yellow]interrupted:[/] the run is stored as Interrupted with the samples measured so far.");
            return 130;
        }
        catch (RunLeaseLostException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }

    private static async Task<int> FinishAsync<TReport>(PerfCommand.Settings settings, StorageSession storage, WorkloadResult<TReport> result,
        CancellationToken cancellationToken) where TReport : WorkloadReport
    {
        if (settings.Json is not null)
        {
            var full = Path.GetFullPath(settings.Json);
            if (Path.GetDirectoryName(full) is { } directory)
                Directory.CreateDirectory(directory);
            await File.WriteAllTextAsync(full, result.ToJson() + Environment.NewLine, cancellationToken);
        }
        return await RunOutcomeReport.ExitCodeAsync(storage.Runs, [result.Summary.RunId!], cancellationToken);
    }

    private static MultiTurnOptions Conversations(PerfCommand.Settings settings) => new()
    {
        Sessions = settings.Sessions,
        Turns = settings.Turns,
        SystemPromptTokens = settings.SystemPromptTokens,
        UserTokens = settings.PromptTokens,
        ControlArm = !settings.NoControlArm,
    };

    internal static string Milliseconds(double seconds) =>
        double.IsNaN(seconds) ? "–" : (seconds * 1000).ToString("0.0", CultureInfo.InvariantCulture);
}
