using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Cli.CommandLine;
using Yardstick.Cli.Evals;
using Yardstick.Cli.Hosting;
using Yardstick.Cli.Perf;
using Yardstick.Cli.Probes;
using Yardstick.Core.Catalog;
using Yardstick.Core.Metrics;
using Yardstick.Core.Pricing;
using Yardstick.Evals.Definitions;
using Yardstick.Evals.Running;
using Yardstick.Local.Inference;
using Yardstick.Local.Tiny;
using Yardstick.Measure.Load;

namespace Yardstick.Cli.Commands;

/// <summary>
/// `yardstick up`: the main job on the embedded defaults. Creates the SQLite database, imports the catalog, writes the
/// two embedded demo models (tiny and 256×6), runs a short perf run, a small eval and the capability probes (through
/// serve-model's server on a loopback port) on each in-process, then serves the site and prints its URL.
/// </summary>
public sealed class UpCommand : AsyncCommand<UpCommand.Settings>
{
    /// <summary>The catalog entry of the generated model (catalog/models/yardstick-tiny.yaml).</summary>
    public const string TinyModelSlug = "yardstick-tiny";

    /// <summary>The catalog entry of the second, larger generated model (catalog/models/yardstick-tiny-256x6.yaml).</summary>
    public const string LargerModelSlug = "yardstick-tiny-256x6";

    public sealed class Settings : DataSettings
    {
        [CommandOption("--port <N>")]
        [Description("Port on 127.0.0.1 for the site (default 5080; 0 picks a free one).")]
        [DefaultValue(5080)]
        [OptionRange(0, 65535)]
        public int Port { get; init; } = 5080;

        [CommandOption("--gguf <PATH>")]
        [Description("Measure this GGUF file instead of the generated tiny model.")]
        public string? Gguf { get; init; }

        [CommandOption("--requests <N>")]
        [Description("Requests in the perf run (default 20).")]
        [DefaultValue(20)]
        [OptionRange(1, 100_000)]
        public int Requests { get; init; } = 20;

        [CommandOption("--eval <NAME>")]
        [Description("Eval to run (default builtin-arith, which needs no data folder).")]
        [DefaultValue(BuiltinArithmeticEval.Name)]
        public string Eval { get; init; } = BuiltinArithmeticEval.Name;

        [CommandOption("--eval-limit <N>")]
        [Description("Questions in the eval run (default 40).")]
        [DefaultValue(40)]
        [OptionRange(1, 100_000)]
        public int EvalLimit { get; init; } = 40;

        [CommandOption("--data-dir <DIR>")]
        [Description("Datasets folder laid out like ../shared/data/evals (for published evals).")]
        public string? DataDirectory { get; init; }

        [CommandOption("--hourly-usd <USD>")]
        [Description("What this machine costs per hour, for the measured self-hosting cost (default 0.10: a 2-vCPU cloud VM on demand).")]
        [OptionRange(0, 100_000, MinimumIsExclusive = true)]
        public decimal? HourlyUsd { get; init; }

        [CommandOption("--no-serve")]
        [Description("Measure, print the figures and exit without serving the site.")]
        public bool NoServe { get; init; }

        public override ValidationResult Validate()
        {
            if (OptionRanges.Check(this) is { Successful: false } outOfRange)
                return outOfRange;
            if (!EvalRegistry.Names.Contains(Eval))
                return ValidationResult.Error($"--eval {Eval} is not one of: {string.Join(", ", EvalRegistry.Names)}.");
            if (Gguf is not null && !File.Exists(Gguf))
                return ValidationResult.Error($"--gguf {Gguf}: no such file.");
            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var dataDirectory = settings.ResolveDataDirectory();
        AnsiConsole.MarkupLineInterpolated($"[bold]Yardstick[/] — data in {dataDirectory}");
        await using var storage = await StorageSession.OpenAsync(settings, cancellationToken);
        var models = await storage.Catalog.GetModelsAsync(cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"[green]✓[/] database ready ({storage.Description}), catalog of {models.Count} models imported");

        // Two embedded demo models of different sizes, so that the charts show two speeds that differ for real; or the
        // one GGUF file the user named.
        var targets = settings.Gguf is { } own
            ? [(Path: Path.GetFullPath(own), Slug: (string?)null)]
            : new[]
            {
                (Path: await TinyModel.EnsureAsync(Path.Combine(dataDirectory, "models", "yardstick-tiny.gguf"), cancellationToken: cancellationToken), Slug: (string?)TinyModelSlug),
                (Path: await TinyModel.EnsureAsync(Path.Combine(dataDirectory, "models", "yardstick-tiny-256x6.gguf"), TinyModelSpec.Larger, cancellationToken), Slug: (string?)LargerModelSlug),
            };
        foreach (var (modelPath, modelSlug) in targets)
        {
            if (modelSlug is not null)
                AnsiConsole.MarkupLineInterpolated($"[green]✓[/] {modelSlug} at {modelPath} [grey](random weights: its answers are noise; it exercises the pipeline with real inference)[/]");
            using var provider = await LlamaCompletionProvider.OpenAsync(modelPath, cancellationToken: cancellationToken);
            var baseUrl = $"gguf:{modelPath}";
            var perf = await RunPerfAsync(provider, settings, baseUrl, modelSlug, storage, cancellationToken);
            AnsiConsole.MarkupLineInterpolated(
                $"[green]✓[/] perf run {perf.RunId}: {perf.Requests.Ok} ok, {perf.Requests.Failed} failed; median output speed {Format(perf.OutputTokensPerSecond.P50, "0")} tok/s, median TTFT {Format(perf.TtftSeconds.P50 * 1000, "0.0")} ms");

            // After the perf run: a demo model has no list price, so its eval costs what the perf run measured at the machine's rate.
            var price = await EvalPrice.ForAsync(models.FirstOrDefault(m => m.Slug == modelSlug), storage.Runs, storage.Figures, cancellationToken);
            var eval = await RunEvalAsync(provider, settings, baseUrl, modelSlug, price, storage, cancellationToken);
            AnsiConsole.MarkupLineInterpolated(
                $"[green]✓[/] eval run {eval.Summary.RunId}: {eval.Summary.Eval} score {eval.Summary.Score:P1} (95% CI {eval.Summary.Ci95[0]:P1}–{eval.Summary.Ci95[1]:P1}), n={eval.Summary.N}, no answer {eval.Summary.NoAnswer}, failed {eval.Summary.Failed}");

            var probes = await InProcessProbeRun.RunAsync(provider, modelSlug, storage, cancellationToken);
            AnsiConsole.MarkupLineInterpolated(
                $"[green]✓[/] probe run {probes.RunId}: {probes.Probes.Count(p => p.Verdict == Core.Probes.ProbeVerdict.Verified)} verified, {probes.Probes.Count(p => p.Verdict == Core.Probes.ProbeVerdict.NotSupported)} not supported, {probes.Probes.Count(p => p.Verdict == Core.Probes.ProbeVerdict.Refuted)} refuted, {probes.Probes.Count(p => p.Verdict == Core.Probes.ProbeVerdict.Inconclusive)} inconclusive ({probes.Requests} requests)");
        }

        if (settings.NoServe)
            return 0;
        // The in-process scheduler keeps measuring while the site is up (the applied plan, else a tiny-model probe every 3 h).
        await using var schedule = settings.Gguf is null ? await Scheduling.EmbeddedSchedule.StartAsync(storage, settings, targets[0].Path, TinyModelSlug,
            MachineRate.For(settings.HourlyUsd), cancellationToken) : null;
        if (schedule is not null)
            AnsiConsole.MarkupLineInterpolated($"[green]✓[/] scheduler running in-process: {schedule.Description} (see /status)");
        return await SiteHost.ServeAsync(storage, settings.Port, BlendRatio.Default, settings.Gguf is null ? $"/compare/{TinyModelSlug}/{LargerModelSlug}" : "/runs", cancellationToken);
    }

    private static async Task<PerfSummary> RunPerfAsync(LlamaCompletionProvider provider, Settings settings, string baseUrl, string? modelSlug,
        StorageSession storage, CancellationToken cancellationToken)
    {
        var options = new PerfRunOptions
        {
            ApiStyle = "in-process-gguf", BaseUrl = baseUrl, ModelId = provider.ModelId, ModelSlug = modelSlug,
            Requests = settings.Requests, Concurrency = 1, PromptTokens = 100, MaxTokens = 128, Hardware = MachineRate.For(settings.HourlyUsd),
        };
        return await PerfProgressView.Default.RunAsync("perf (100-token prompts, 128-token answers)", settings.Requests,
            progress => new PerfRunner().RunAsync(provider, options, storage.Runs, progress, cancellationToken));
    }

    private static async Task<EvalRunResult> RunEvalAsync(LlamaCompletionProvider provider, Settings settings, string baseUrl, string? modelSlug,
        TokenPrice? price, StorageSession storage, CancellationToken cancellationToken)
    {
        var eval = EvalRegistry.Create(settings.Eval, settings.DataDirectory);
        var options = new EvalRunOptions
        {
            ModelId = provider.ModelId, BaseUrl = baseUrl, ApiStyle = "in-process-gguf", ModelSlug = modelSlug,
            Limit = settings.EvalLimit, Concurrency = 2, Price = price,
        };
        return await EvalProgressView.Default.RunAsync($"eval {eval.Id}", settings.EvalLimit,
            progress => EvalRunner.RunAsync(provider, eval, options, storage.Runs, progress, cancellationToken));
    }

    private static string Format(double value, string format) =>
        double.IsNaN(value) ? "n/a" : value.ToString(format, CultureInfo.InvariantCulture);
}
