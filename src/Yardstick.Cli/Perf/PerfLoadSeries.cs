using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Cli.Commands;
using Yardstick.Core.Metrics.Capacity;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Measure.Load;
using Yardstick.Measure.Load.Capacity;
using Yardstick.Measure.Load.Ladder;
using Yardstick.Measure.Workloads;

namespace Yardstick.Cli.Perf;

/// <summary>
/// `perf --find-max-load` and `perf --ladder`: the options they read, the run (with progress), the level table, the
/// frontier or the stop reason, and the --json document. Apart from PerfCommand so that its other modes stay as they were.
/// </summary>
internal static class PerfLoadSeries
{
    /// <summary>The answer length and prompt length of a ladder step when the command line does not give them (1k in, 1k out).</summary>
    public const int LadderDefaultTokens = 1000;

    public static CapacityMode? ModeOf(PerfCommand.Settings settings) => settings.FindMaxLoad?.Value switch
    {
        null or "" or "concurrency" => CapacityMode.Concurrency,
        "rate" => CapacityMode.Rate,
        _ => null,
    };

    public static CapacitySearchOptions SearchOf(PerfCommand.Settings settings)
    {
        var mode = ModeOf(settings) ?? CapacityMode.Concurrency;
        var start = settings.SearchStart ?? 1;
        var maximum = settings.SearchMax ?? (mode == CapacityMode.Concurrency ? 256 : 1000);
        return new CapacitySearchOptions
        {
            Mode = mode,
            Plan = new CapacitySearchPlan(start, maximum, Integer: mode == CapacityMode.Concurrency, settings.SearchPrecision),
            // Without --slo-error-rate a level still fails past --max-failed-share: latencies of the few requests that
            // succeeded must not let a level where most failed pass.
            Slo = new LoadSlo(settings.SloTtft, settings.SloItl, settings.SloE2e, settings.SloErrorRate ?? settings.MaxFailedShare, settings.SloPercentile),
            Resume = !settings.NoResume,
        };
    }

    public static async Task<int> RunAsync(CommandContext context, PerfCommand.Settings settings, PerfRunner runner, ICompletionProvider provider,
        PerfRunOptions options, IRunStore store, CancellationToken cancellationToken)
    {
        try
        {
            return settings.Ladder
                ? await LadderAsync(context, settings, runner, provider, options, store, cancellationToken)
                : await SearchAsync(settings, runner, provider, options, store, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            AnsiConsole.MarkupLine("[yellow]interrupted:[/] the levels measured are stored; run the same command again to resume (--no-resume starts afresh).");
            return 130;
        }
    }

    private static async Task<int> SearchAsync(PerfCommand.Settings settings, PerfRunner runner, ICompletionProvider provider, PerfRunOptions options,
        IRunStore store, CancellationToken cancellationToken)
    {
        var search = SearchOf(settings);
        var unit = search.Mode == CapacityMode.Concurrency ? "streams" : "requests/s";
        AnsiConsole.MarkupLineInterpolated($"capacity search by {unit} under {search.Slo}, from {search.Plan.Start} to {search.Plan.Maximum}");
        var levels = new Progress<CapacityLevel>(level => AnsiConsole.MarkupLine(
            $"  {CapacityTable.Level(level.Verdict.Level)} {unit}: {(level.Verdict.Passed ? "[green]meets the SLOs[/]" : $"[red]fails[/] ({Markup.Escape(level.Verdict.FailingSlo ?? "")})")}{(level.Resumed ? " (stored earlier)" : "")}"));
        var result = await PerfProgressView.Default.RunAsync($"perf {settings.Model} capacity search", settings.Requests,
            progress => new CapacitySearch(runner).RunAsync(provider, options, search, store, progress, levels, cancellationToken));
        CapacityTable.Write(AnsiConsole.Console, result);
        if (settings.Json is not null)
            await PerfJsonFile.WriteCapacityAsync(settings.Json, result, cancellationToken);
        return 0;
    }

    private static async Task<int> LadderAsync(CommandContext context, PerfCommand.Settings settings, PerfRunner runner, ICompletionProvider provider,
        PerfRunOptions options, IRunStore store, CancellationToken cancellationToken)
    {
        // 1k in / 1k out unless the command line says otherwise (the defaults of a plain perf run are shorter).
        if (settings.Workload == "length" && !Mentions(context, "--prompt-tokens"))
            options = options with { PromptTokens = LadderDefaultTokens, Workload = new PromptLengthWorkload(LadderDefaultTokens) };
        if (!Mentions(context, "--max-tokens"))
            options = options with { MaxTokens = LadderDefaultTokens };
        var ladder = new LadderOptions
        {
            Maximum = settings.LadderMax,
            PhaseDuration = settings.PhaseSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            Resume = !settings.NoResume,
        };
        AnsiConsole.MarkupLineInterpolated($"load ladder to {ladder.Maximum} streams ({options.ResolveWorkload().Name}, {options.MaxTokens}-token answers)");
        var steps = new Progress<LadderStep>(step => AnsiConsole.MarkupLineInterpolated(
            $"  {step.Concurrency} streams: {step.Summary.Throughput?.SystemOutputTokensPerSecond ?? double.NaN:0.0} tok/s system, {step.Summary.Throughput?.PerUserOutputTokensPerSecond ?? double.NaN:0.0} tok/s per user{(step.Resumed ? " (stored earlier)" : "")}"));
        var result = await PerfProgressView.Default.RunAsync($"perf {settings.Model} load ladder", settings.Requests,
            progress => new LoadLadder(runner).RunAsync(provider, options, ladder, store, progress, steps, cancellationToken));
        LadderTable.Write(AnsiConsole.Console, result);
        if (settings.Json is not null)
            await PerfJsonFile.WriteLadderAsync(settings.Json, result, cancellationToken);
        return 0;
    }

    private static bool Mentions(CommandContext context, string option) =>
        context.Arguments.Any(a => a == option || a.StartsWith(option + "=", StringComparison.Ordinal));
}
