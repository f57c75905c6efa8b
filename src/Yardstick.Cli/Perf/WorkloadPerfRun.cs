using System.Globalization;
using Spectre.Console;
using Yardstick.Cli.Commands;
using Yardstick.Cli.Hosting;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Measure.Recording;
using Yardstick.Measure.Workloads;
using Yardstick.Measure.Workloads.Agentic;
using Yardstick.Measure.Workloads.Images;
using Yardstick.Measure.Workloads.MultiTurn;
using Yardstick.Measure.Workloads.Sessions;
using Yardstick.Measure.Workloads.Trace;

namespace Yardstick.Cli.Perf;

/// <summary>
/// `yardstick perf --workload multi-turn|trace|agentic`: the workloads whose requests depend on each other, each run
/// by its own runner; prints the usual summary and the workload's report, and writes both to --json (the summary's
/// contract with the report under its key). Also `--images`, which decorates the length and reasoning workloads.
/// </summary>
internal static class WorkloadPerfRun
{
    public const string MultiTurn = "multi-turn";
    public const string Trace = "trace";
    public const string Agentic = "agentic";

    public static bool Handles(string workload) => workload is MultiTurn or Trace or Agentic;

    /// <summary>What is wrong with the workload's options, in words; null when they can run.</summary>
    public static string? Validate(PerfCommand.Settings settings)
    {
        if (settings.Sweep is not null || settings.SweepRate is not null || settings.Repeats > 1)
            return $"--workload {settings.Workload} cannot be combined with --sweep, --sweep-rate or --repeats.";
        if (settings.FindMaxLoad is { IsSet: true } || settings.Ladder)
            return $"--workload {settings.Workload} cannot be combined with --find-max-load or --ladder (agentic reports its own most sessions per SLO tier).";
        if (settings.Workload == MultiTurn)
        {
            if (settings.Rate is not null)
                return "--workload multi-turn runs sessions in a closed loop: --rate does not apply.";
            var problems = Conversations(settings).Problems();
            return problems.Count > 0 ? string.Join(" ", problems) : null;
        }
        if (settings.Workload == Trace)
        {
            if (settings.Trace is null)
                return "--workload trace needs --trace FILE (Mooncake JSONL).";
            if (!File.Exists(settings.Trace))
                return $"--trace: {settings.Trace} does not exist.";
            if (settings.Rate is not null)
                return "--workload trace sends each request at its timestamp: --rate does not apply (use --trace-speed).";
        }
        else if (settings.Trace is not null)
            return "--trace replays a trace: give --workload trace.";
        if (settings.Workload == Agentic)
        {
            if (settings.Rate is not null)
                return "--workload agentic runs sessions in a closed loop at increasing counts: --rate does not apply.";
            var problems = Agents(settings).Problems();
            return problems.Count > 0 ? string.Join(" ", problems) : null;
        }
        return null;
    }

    /// <summary>What is wrong with --images / --image-size, in words; null when they can run.</summary>
    public static string? ValidateImages(PerfCommand.Settings settings)
    {
        if (ImageOptions.Parse(settings.ImageSize) is null)
            return $"--image-size must be WxH in pixels, each from 1 to {PngImage.MaximumSide}, e.g. 512x512.";
        if (settings.Images > 0 && Handles(settings.Workload))
            return "--images works with the length and reasoning workloads.";
        return null;
    }

    /// <summary>The workload with --images added (stated on the console as the run's settings), or as it is without.</summary>
    public static IPerfWorkload WithImages(PerfCommand.Settings settings, IPerfWorkload workload)
    {
        if (settings.Images == 0)
            return workload;
        var (width, height) = ImageOptions.Parse(settings.ImageSize)!.Value;
        var images = new ImageWorkload(workload, new ImageOptions(settings.Images, width, height), seed: 1);
        AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"images: {settings.Images} per request, {width}×{height} px, PNG {images.SampleBytes:N0} bytes each ({(images.SampleBytes + 2) / 3 * 4:N0} as base64), a different picture per request")));
        return images;
    }

    /// <summary>--json of a single run: the summary as is, with the images sent under <c>images</c> when there were any.</summary>
    public static Task WriteJsonAsync(string path, Core.Metrics.PerfSummary summary, IPerfWorkload workload, CancellationToken cancellationToken)
    {
        if (workload is not ImageWorkload images)
            return PerfJsonFile.WriteAsync(path, summary, cancellationToken);
        var json = System.Text.Json.Nodes.JsonNode.Parse(Core.Metrics.PerfSummaryJson.Serialize(summary))!.AsObject();
        json["images"] = images.Settings;
        return PerfJsonFile.WriteTextAsync(path, json.ToJsonString(Core.Metrics.PerfSummaryJson.Options), cancellationToken);
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
            if (settings.Workload == Trace)
                return await ReplayAsync(settings, provider, recorder, storage, options, cancellationToken);
            if (settings.Workload == Agentic)
            {
                var agents = Agents(settings);
                var agentTitle = $"perf {settings.Model} (agentic, up to {agents.MaxSessions} sessions × {agents.Turns} turns, contexts to {agents.MaxContextTokens} tokens)";
                var agentic = await PerfProgressView.Default.RunAsync(agentTitle, Core.Metrics.Workloads.SessionCapacity.Doubling(agents.MaxSessions).Sum() * agents.Turns,
                    progress => new AgenticRunner(recorder).RunAsync(provider, options, agents, storage.Runs, progress, cancellationToken));
                PerfSummaryTable.Write(AnsiConsole.Console, agentic.Summary, agentTitle);
                AgenticTable.Write(AnsiConsole.Console, agentic.Report);
                return await FinishAsync(settings, storage, agentic, cancellationToken);
            }
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

    private static async Task<int> ReplayAsync(PerfCommand.Settings settings, ICompletionProvider provider, SampleRecorder? recorder, StorageSession storage,
        Measure.Load.PerfRunOptions options, CancellationToken cancellationToken)
    {
        var trace = MooncakeTrace.Load(settings.Trace!);
        var replay = new TraceReplayOptions { Trace = trace, Speed = settings.TraceSpeed };
        if (replay.Problems() is { Count: > 0 } problems)
        {
            TraceTable.WriteBroken(AnsiConsole.Console, trace.Problems);
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] --trace: {string.Join(" ", problems)}");
            return 2;
        }
        var title = string.Create(CultureInfo.InvariantCulture, $"perf {settings.Model} (trace {Path.GetFileName(settings.Trace)}, {trace.Entries.Count} requests at {settings.TraceSpeed:0.###}× speed)");
        var result = await PerfProgressView.Default.RunAsync(title, trace.Entries.Count,
            progress => new TraceReplayRunner(recorder).RunAsync(provider, options, replay, storage.Runs, progress, cancellationToken));
        PerfSummaryTable.Write(AnsiConsole.Console, result.Summary, title);
        TraceTable.Write(AnsiConsole.Console, result.Report, trace.Problems);
        return await FinishAsync(settings, storage, result, cancellationToken);
    }

    private static async Task<int> FinishAsync<TReport>(PerfCommand.Settings settings, StorageSession storage, WorkloadResult<TReport> result,
        CancellationToken cancellationToken) where TReport : WorkloadReport
    {
        if (settings.Json is not null)
            await PerfJsonFile.WriteTextAsync(settings.Json, result.ToJson(), cancellationToken);
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

    private static AgenticOptions Agents(PerfCommand.Settings settings) => new()
    {
        MaxSessions = settings.Sessions,
        Turns = settings.Turns,
        SystemPromptTokens = settings.SystemPromptTokens,
        TaskTokens = settings.PromptTokens,
        ToolResultTokens = settings.ToolResultTokens,
        MaxContextTokens = settings.MaxContextTokens,
        DeclareTools = !settings.NoToolDefinitions,
    };

    internal static string Milliseconds(double seconds) =>
        double.IsNaN(seconds) ? "–" : (seconds * 1000).ToString("0.0", CultureInfo.InvariantCulture);
}
