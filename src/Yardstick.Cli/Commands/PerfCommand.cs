using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Cli.CommandLine;
using Yardstick.Cli.Hosting;
using Yardstick.Cli.Perf;
using Yardstick.Core.Catalog;
using Yardstick.Core.Metrics;
using Yardstick.Core.Pricing;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Core.Secrets;
using Yardstick.Measure.Load;
using Yardstick.Measure.Recording;
using Yardstick.Measure.Tokens;
using Yardstick.Measure.Workloads;
using Yardstick.Providers;
using Yardstick.Providers.Retries;

namespace Yardstick.Cli.Commands;

/// <summary>
/// `yardstick perf --base-url URL --model ID`: measures TTFT, first answer token, output speed, inter-token latency and
/// E2E latency of a streaming endpoint, stores every sample with its run, shows a progress bar, prints a summary table
/// and optionally writes the --json contract.
/// </summary>
public sealed class PerfCommand : AsyncCommand<PerfCommand.Settings>
{
    public sealed class Settings : EndpointSettings
    {
        [CommandOption("--requests <N>")]
        [Description("Measured requests (warm-up not included).")]
        [DefaultValue(20)]
        [OptionRange(1, 1_000_000)]
        public int Requests { get; init; } = 20;

        [CommandOption("--concurrency <C>")]
        [Description("Streams in flight at once (closed loop); with --rate, a cap on requests in flight when above 1.")]
        [DefaultValue(1)]
        [OptionRange(1, 4096)]
        public int Concurrency { get; init; } = 1;

        [CommandOption("--rate <R>")]
        [Description("Open loop: Poisson arrivals at R requests per second.")]
        [OptionRange(0, 100_000, MinimumIsExclusive = true)]
        public double? Rate { get; init; }

        [CommandOption("--prompt-tokens <N>")]
        [Description("Prompt length in o200k tokens, fresh per request (about 100, 1000, 10000, 100000 are the standard classes).")]
        [DefaultValue(100)]
        // The workload's own bounds: 2,000,000 is beyond every context window (see MaximumPromptTokens).
        [OptionRange(PromptLengthWorkload.MinimumPromptTokens, PromptLengthWorkload.MaximumPromptTokens)]
        public int PromptTokens { get; init; } = 100;

        [CommandOption("--max-tokens <N>")]
        [Description("Answer length asked for.")]
        [DefaultValue(256)]
        [OptionRange(1, 1_000_000)]
        public int MaxTokens { get; init; } = 256;

        [CommandOption("--workload <NAME>")]
        [Description("length (prompts of --prompt-tokens, default), reasoning (the 60 reasoning prompts, for mean thinking tokens), multi-turn (conversations with a shared system prompt and growing history; the prefix-cache effect), trace (replay a Mooncake JSONL trace at its timestamps) or agentic (tool-call sessions with growing contexts; the most concurrent sessions that meet an SLO tier).")]
        [DefaultValue("length")]
        public string Workload { get; init; } = "length";

        [CommandOption("--seed <N>")]
        [Description("Derive the prompts and arrival times from N: a rerun with the same seed resends the same prompts (reproducible, but a prompt cache may answer them faster; the run is flagged). Default: fresh prompts every run.")]
        [OptionRange(0, int.MaxValue)]
        public int? Seed { get; init; }

        // Workload options (multi-turn, trace, agentic, images): see WorkloadPerfRun.
        [CommandOption("--sessions <N>")]
        [Description("multi-turn and agentic: sessions to run (--concurrency of them at once; agentic: the largest session count tried).")]
        [DefaultValue(8)]
        [OptionRange(1, 100_000)]
        public int Sessions { get; init; } = 8;

        [CommandOption("--turns <N>")]
        [Description("multi-turn and agentic: turns per session, sent one after another, each with the history so far.")]
        [DefaultValue(4)]
        [OptionRange(1, Yardstick.Measure.Workloads.MultiTurn.MultiTurnOptions.MaximumTurns)]
        public int Turns { get; init; } = 4;

        [CommandOption("--system-prompt-tokens <N>")]
        [Description("multi-turn and agentic: length of the system prompt shared by every session (o200k tokens).")]
        [DefaultValue(1000)]
        [OptionRange(0, PromptLengthWorkload.MaximumPromptTokens)]
        public int SystemPromptTokens { get; init; } = 1000;

        [CommandOption("--no-control-arm")]
        [Description("multi-turn: do not send the fresh-prefix twin of each turn (halves the requests; no prefix-cache effect).")]
        public bool NoControlArm { get; init; }

        [CommandOption("--tool-result-tokens <N>")]
        [Description("agentic: size of each tool result appended to a session's context (o200k tokens).")]
        [DefaultValue(2000)]
        [OptionRange(1, PromptLengthWorkload.MaximumPromptTokens)]
        public int ToolResultTokens { get; init; } = 2000;

        [CommandOption("--no-tool-definitions")]
        [Description("agentic: do not declare the agent's four tools with each request (tools with tool_choice none; for a server that refuses tools).")]
        public bool NoToolDefinitions { get; init; }

        [CommandOption("--max-context-tokens <N>")]
        [Description("agentic: a session ends when its next request's context would pass this many tokens.")]
        [DefaultValue(32_000)]
        [OptionRange(16, PromptLengthWorkload.MaximumPromptTokens)]
        public int MaxContextTokens { get; init; } = 32_000;

        [CommandOption("--trace <FILE>")]
        [Description("trace: a Mooncake-format JSONL trace (timestamp ms, input_length, output_length, hash_ids of 512-token blocks); each request is sent at its timestamp with max_tokens = output_length.")]
        public string? Trace { get; init; }

        [CommandOption("--trace-speed <X>")]
        [Description("trace: replay X times as fast (timestamps divided by X).")]
        [DefaultValue(1.0)]
        [OptionRange(0, 1_000_000, MinimumIsExclusive = true)]
        public double TraceSpeed { get; init; } = 1;

        [CommandOption("--images <N>")]
        [Description("length and reasoning: send N generated PNG images with every request (vision endpoints), as OpenAI image_url data URIs.")]
        [DefaultValue(0)]
        [OptionRange(0, Yardstick.Measure.Workloads.Images.ImageOptions.MaximumPerRequest)]
        public int Images { get; init; }

        [CommandOption("--image-size <WxH>")]
        [Description("Size of each --images image in pixels, e.g. 512x512.")]
        [DefaultValue("512x512")]
        public string ImageSize { get; init; } = "512x512";

        [CommandOption("--warmup <N>")]
        [Description("Warm-up requests before measuring (stored, flagged, excluded from figures).")]
        [DefaultValue(1)]
        [OptionRange(0, 10_000)]
        public int Warmup { get; init; } = 1;

        [CommandOption("--sweep <LEVELS>")]
        [Description("Concurrency sweep, e.g. 1,2,4,8: one stored run per level.")]
        public string? Sweep { get; init; }

        [CommandOption("--sweep-rate <RATES>")]
        [Description("Request-rate sweep, e.g. 0.5,1,2,4 requests/s (Poisson arrivals): one stored run per rate.")]
        public string? SweepRate { get; init; }

        [CommandOption("--tokenizer <PATH>")]
        [Description("The model's own tokenizer.json (Hugging Face, BPE models): output tokens are then also counted with it (output_tokens_model in each sample), beside o200k and the server's usage, and a discrepancy is warned about.")]
        public string? Tokenizer { get; init; }

        [CommandOption("--repeats <N>")]
        [Description("Run the same configuration N times (each a stored run sharing a group id) and report each headline figure's mean across runs with its 95 % t interval and coefficient of variation.")]
        [DefaultValue(1)]
        [OptionRange(1, 1000)]
        public int Repeats { get; init; } = 1;

        [CommandOption("--slo-ttft <SECONDS>")]
        [Description("Goodput: a request is good only if its TTFT is at most this.")]
        [OptionRange(0, 86_400, MinimumIsExclusive = true)]
        public double? SloTtft { get; init; }

        [CommandOption("--slo-itl <SECONDS>")]
        [Description("Goodput: a request is good only if its mean inter-token gap is at most this.")]
        [OptionRange(0, 86_400, MinimumIsExclusive = true)]
        public double? SloItl { get; init; }

        [CommandOption("--slo-e2e <SECONDS>")]
        [Description("Goodput: a request is good only if its E2E latency is at most this.")]
        [OptionRange(0, 86_400, MinimumIsExclusive = true)]
        public double? SloE2e { get; init; }

        [CommandOption("--ignore-eos")]
        [Description("Send ignore_eos so that every answer runs to --max-tokens (vLLM, SGLang, llama.cpp).")]
        public bool IgnoreEos { get; init; }

        [CommandOption("--retries <N>")]
        [Description("Retries for 429 and 5xx before the first token (Retry-After honoured).")]
        [DefaultValue(3)]
        [OptionRange(0, 100)]
        public int Retries { get; init; } = 3;

        [CommandOption("--timeout <SECONDS>")]
        [Description("First-byte and idle timeout.")]
        [DefaultValue(120.0)]
        [OptionRange(0, 3600, MinimumIsExclusive = true)]
        public double TimeoutSeconds { get; init; } = 120;

        [CommandOption("--max-failed-share <SHARE>")]
        [Description(RunOutcomeReport.MaxFailedShareDescription)]
        [DefaultValue(RunOutcomePolicy.DefaultMaxFailedShare)]
        [OptionRange(0, 1)]
        public double MaxFailedShare { get; init; } = RunOutcomePolicy.DefaultMaxFailedShare;

        [CommandOption("--model-slug <SLUG>")]
        [Description("Catalog model this endpoint serves, so that its page shows the figures (default: the catalog endpoint with this base URL and model id, if any).")]
        public string? ModelSlug { get; init; }

        [CommandOption("--hourly-usd <USD>")]
        [Description("What the machine serving this endpoint costs per hour (e.g. 2.50), stored with the run: pages derive a measured self-hosting cost per 1M tokens from it.")]
        [OptionRange(0, 100_000, MinimumIsExclusive = true)]
        public decimal? HourlyUsd { get; init; }

        [CommandOption("--hardware <TEXT>")]
        [Description("What that machine is, e.g. \"1x L40S on-demand\" (with --hourly-usd).")]
        public string? Hardware { get; init; }

        // Capacity search and load ladder (--find-max-load, --ladder): kept together so that merges with other perf
        // options stay easy; their validation is ValidateLoadSeries and their run is PerfLoadSeries.
        [CommandOption("--find-max-load [BY]")]
        [Description("Capacity search: the highest concurrency (or with 'rate', Poisson request rate) whose SLOs hold, by doubling then bisection. Under it --slo-ttft, --slo-itl and --slo-e2e bound the level's percentile (--slo-percentile, default p95); --slo-error-rate bounds its failed share. Every level is a stored run; rerunning the same command resumes an unfinished search (--no-resume starts afresh); a level whose queue grows without bound stops the search upward.")]
        public FlagValue<string>? FindMaxLoad { get; init; }

        [CommandOption("--search-start <LEVEL>")]
        [Description("--find-max-load: the first level measured (streams, or requests/s). Default 1.")]
        [OptionRange(0, 100_000, MinimumIsExclusive = true)]
        public double? SearchStart { get; init; }

        [CommandOption("--search-max <LEVEL>")]
        [Description("--find-max-load: the highest level it may measure. Default 256 streams, or 1000 requests/s.")]
        [OptionRange(0, 100_000, MinimumIsExclusive = true)]
        public double? SearchMax { get; init; }

        [CommandOption("--search-precision <SHARE>")]
        [Description("--find-max-load rate: bisection stops when the failing rate is within this share above the passing one.")]
        [DefaultValue(0.05)]
        [OptionRange(0.001, 0.5)]
        public double SearchPrecision { get; init; } = 0.05;

        [CommandOption("--slo-error-rate <SHARE>")]
        [Description("--find-max-load: a level meets its SLOs only if at most this share of its requests failed (e.g. 0.01; default --max-failed-share).")]
        [OptionRange(0, 1)]
        public double? SloErrorRate { get; init; }

        [CommandOption("--slo-percentile <P>")]
        [Description("--find-max-load: the percentile of TTFT, inter-token latency and E2E latency the SLOs bound.")]
        [DefaultValue(95.0)]
        [OptionRange(50, 100)]
        public double SloPercentile { get; init; } = 95;

        [CommandOption("--no-resume")]
        [Description("--find-max-load, --ladder: start a new search or ladder instead of resuming an unfinished one of the same configuration.")]
        public bool NoResume { get; init; }

        [CommandOption("--ladder")]
        [Description("System load ladder: 1, 2, 4 … 64 streams, then +64 per step up to --ladder-max, each a stored run (phase of --requests, at least one per stream, or --phase-seconds); 1,000-token prompts and answers unless --prompt-tokens / --max-tokens say otherwise; stops at the first step that fails --max-failed-share.")]
        public bool Ladder { get; init; }

        [CommandOption("--ladder-max <C>")]
        [Description("--ladder: the top step, in streams.")]
        [DefaultValue(256)]
        [OptionRange(1, 4096)]
        public int LadderMax { get; init; } = 256;

        [CommandOption("--phase-seconds <SECONDS>")]
        [Description("--ladder: each step starts requests for this long (those in flight then finish) instead of a fixed request count.")]
        [OptionRange(0, 86_400, MinimumIsExclusive = true)]
        public double? PhaseSeconds { get; init; }

        [CommandOption("--json <PATH>")]
        [Description("Write the summary {requests, e2e_500_s, ttft_s, first_answer_token_s, output_tokens_per_s, … each {p5, p25, p50, p75, p95, p99, mean, n}} here.")]
        public string? Json { get; init; }

        public override ValidationResult Validate()
        {
            if (OptionRanges.Check(this) is { Successful: false } outOfRange)
                return outOfRange;
            if (ValidateEndpoint() is { } endpointError)
                return endpointError;
            if (Workload is not ("length" or "reasoning") && !WorkloadPerfRun.Handles(Workload))
                return ValidationResult.Error("--workload must be length, reasoning, multi-turn, trace or agentic.");
            if (WorkloadPerfRun.Handles(Workload) && WorkloadPerfRun.Validate(this) is { } workloadError)
                return ValidationResult.Error(workloadError);
            if (WorkloadPerfRun.ValidateImages(this) is { } imageError)
                return ValidationResult.Error(imageError);
            if (Sweep is not null && ParseSweep(Sweep) is null)
                return ValidationResult.Error("--sweep must be a comma-separated list of positive integers, e.g. 1,2,4,8.");
            if (Sweep is not null && Rate is not null)
                return ValidationResult.Error("--sweep sweeps concurrency; it cannot be combined with --rate.");
            if (SweepRate is not null && (ParseRates(SweepRate) is null || Sweep is not null || Rate is not null))
                return ValidationResult.Error("--sweep-rate must be a comma-separated list of positive rates, without --sweep or --rate.");
            if (Repeats > 1 && (Sweep is not null || SweepRate is not null))
                return ValidationResult.Error("--repeats cannot be combined with --sweep or --sweep-rate.");
            if (Hardware is not null && HourlyUsd is null)
                return ValidationResult.Error("--hardware describes the machine of --hourly-usd: give --hourly-usd too.");
            if (ValidateLoadSeries() is { } loadSeriesError)
                return loadSeriesError;
            if (Tokenizer is not null && !File.Exists(Tokenizer))
                return ValidationResult.Error($"--tokenizer: {Tokenizer} does not exist.");
            var problems = ToOptions(workload: null).Problems();
            return problems.Count > 0 ? ValidationResult.Error(string.Join(" ", problems)) : ValidationResult.Success();
        }

        /// <summary>--find-max-load and --ladder: what they combine with, and their plan.</summary>
        private ValidationResult? ValidateLoadSeries()
        {
            var find = FindMaxLoad is { IsSet: true };
            if (find && PerfLoadSeries.ModeOf(this) is null)
                return ValidationResult.Error("--find-max-load searches concurrency (the default) or rate: give nothing, concurrency or rate.");
            if (find && Ladder)
                return ValidationResult.Error("--find-max-load and --ladder are two different runs: give one.");
            if ((find || Ladder) && (Sweep is not null || SweepRate is not null || Rate is not null || Repeats > 1))
                return ValidationResult.Error($"{(find ? "--find-max-load" : "--ladder")} chooses its own levels: it cannot be combined with --sweep, --sweep-rate, --rate or --repeats.");
            if (find && SloTtft is null && SloItl is null && SloE2e is null && SloErrorRate is null)
                return ValidationResult.Error("--find-max-load needs at least one SLO: --slo-ttft, --slo-itl, --slo-e2e or --slo-error-rate.");
            if (!find && (SearchStart is not null || SearchMax is not null || SloErrorRate is not null))
                return ValidationResult.Error("--search-start, --search-max and --slo-error-rate belong to --find-max-load.");
            if (!Ladder && PhaseSeconds is not null)
                return ValidationResult.Error("--phase-seconds belongs to --ladder.");
            if (find && PerfLoadSeries.SearchOf(this).Problems() is { Count: > 0 } problems)
                return ValidationResult.Error(string.Join(" ", problems));
            return null;
        }

        internal static IReadOnlyList<int>? ParseSweep(string text)
        {
            var levels = new List<int>();
            foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level < 1)
                    return null;
                levels.Add(level);
            }
            return levels.Count > 0 ? levels : null;
        }

        internal static IReadOnlyList<double>? ParseRates(string text)
        {
            var rates = new List<double>();
            foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || !(rate > 0) || !double.IsFinite(rate))
                    return null;
                rates.Add(rate);
            }
            return rates.Count > 0 ? rates : null;
        }

        internal Slo? Slo => SloTtft is null && SloItl is null && SloE2e is null ? null : new Slo(SloTtft, SloItl, SloE2e);

        internal PerfRunOptions ToOptions(IPerfWorkload? workload) => new()
        {
            ApiStyle = ApiStyle == "anthropic" ? "anthropic-messages" : "openai-chat",
            // Stored with the run: scheme, host and path only, so that a key passed in a query string never reaches the database.
            BaseUrl = Uri.TryCreate(BaseUrl, UriKind.Absolute, out var url) ? url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped) : "",
            ModelId = Model ?? "",
            ModelSlug = ModelSlug,
            Seed = Seed ?? 1,
            PromptTokens = PromptTokens,
            Workload = workload,
            Requests = Requests,
            Concurrency = Concurrency,
            RatePerSecond = Rate,
            WarmupRequests = Warmup,
            MaxTokens = MaxTokens,
            IgnoreEos = IgnoreEos,
            Slo = Slo,
            OutcomePolicy = RunOutcomeReport.ProblemWith(MaxFailedShare) is null ? new RunOutcomePolicy { MaxFailedShare = MaxFailedShare } : RunOutcomePolicy.Default,
            Hardware = HourlyUsd is { } hourly ? new HardwareRate(hourly, Hardware, new FactSource(FactSourceKind.User, "")) : null,
        };
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ICompletionProvider provider;
        // One redactor for the command: it learns the key as the provider is made, and every stored text passes through it.
        var secrets = new SecretRedactor();
        try
        {
            var timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds);
            provider = ProviderFactory.Create(new ProviderEndpoint
            {
                ApiStyle = settings.ApiStyle == "anthropic" ? ApiStyle.AnthropicMessages : ApiStyle.OpenAiChat,
                BaseUrl = new Uri(settings.BaseUrl!),
                Model = settings.Model!,
                ApiKeyEnvironmentVariable = settings.ApiKeyEnv,
                FirstByteTimeout = timeout,
                IdleTimeout = timeout,
                SendIgnoreEos = settings.IgnoreEos,
            }, RetryOptions.Default with { MaxRetries = settings.Retries }, secrets);
        }
        catch (ProviderException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 2;
        }

        PerfRunner runner;
        SampleRecorder? recorder;
        try
        {
            recorder = settings.Tokenizer is null ? null : new SampleRecorder(modelTokenizer: HuggingFaceTokenizerFile.Load(settings.Tokenizer));
            runner = new PerfRunner(recorder);
        }
        catch (Exception e) when (e is NotSupportedException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] --tokenizer: {e.Message}");
            return 2;
        }

        await using var storage = await StorageSession.OpenAsync(settings, secrets, cancellationToken);
        if (WorkloadPerfRun.Handles(settings.Workload))
            return await WorkloadPerfRun.ExecuteAsync(settings, provider, recorder, storage, cancellationToken);
        IPerfWorkload workload = settings.Workload == "reasoning" ? ReasoningWorkload.Default : new PromptLengthWorkload(settings.PromptTokens, seed: settings.Seed);
        workload = WorkloadPerfRun.WithImages(settings, workload);
        var options = settings.ToOptions(workload);
        if (settings.ModelSlug is null && await CatalogEndpointMatch.FindAsync(storage.Catalog, settings.BaseUrl!, settings.Model!, cancellationToken) is { } endpoint)
        {
            options = options with { ModelSlug = endpoint.ModelSlug, EndpointId = endpoint.Id };
            AnsiConsole.MarkupLineInterpolated($"catalog endpoint [blue]{endpoint.Id}[/]: the run is filed under model {endpoint.ModelSlug}");
        }
        var title = $"perf {settings.Model} ({workload.Name}, {settings.MaxTokens}-token answers)";
        try
        {
            if (settings.FindMaxLoad is { IsSet: true } || settings.Ladder)
                return await PerfLoadSeries.RunAsync(context, settings, runner, provider, options, storage.Runs, cancellationToken);
            if (settings.Sweep is not null || settings.SweepRate is not null)
            {
                var byRate = settings.SweepRate is not null;
                var points = await PerfProgressView.Default.RunAsync(title, settings.Requests, progress => byRate
                    ? new PerfSweep(runner).RateAsync(provider, options, Settings.ParseRates(settings.SweepRate!)!, storage.Runs, progress, cancellationToken)
                    : new PerfSweep(runner).ConcurrencyAsync(provider, options, Settings.ParseSweep(settings.Sweep!)!, storage.Runs, progress, cancellationToken));
                foreach (var point in points)
                    PerfSummaryTable.Write(AnsiConsole.Console, point.Summary,
                        byRate ? string.Create(CultureInfo.InvariantCulture, $"rate {point.Level:0.###}/s") : $"concurrency {point.Level}");
                if (settings.Json is not null)
                    await PerfJsonFile.WriteSweepAsync(settings.Json, points, cancellationToken);
                return await RunOutcomeReport.ExitCodeAsync(storage.Runs, points.Select(p => p.Summary.RunId!), cancellationToken);
            }
            if (settings.Repeats > 1)
            {
                var group = await PerfProgressView.Default.RunAsync(title, settings.Requests,
                    progress => new PerfRepeats(runner).RunAsync(provider, options, settings.Repeats, storage.Runs, progress, cancellationToken));
                PerfSummaryTable.Write(AnsiConsole.Console, group.Runs[^1], $"{title}, last of {group.Runs.Count} repeats");
                PerfRepeatsTable.Write(AnsiConsole.Console, group);
                if (settings.Json is not null)
                    await PerfJsonFile.WriteRepeatsAsync(settings.Json, group, cancellationToken);
                return await RunOutcomeReport.ExitCodeAsync(storage.Runs, group.Runs.Select(r => r.RunId!), cancellationToken);
            }
            var summary = await PerfProgressView.Default.RunAsync(title, settings.Requests,
                progress => runner.RunAsync(provider, options, storage.Runs, progress, cancellationToken));
            PerfSummaryTable.Write(AnsiConsole.Console, summary, title);
            if (settings.Json is not null)
                await WorkloadPerfRun.WriteJsonAsync(settings.Json, summary, workload, cancellationToken);
            // A run where nothing succeeded (or too much failed) is stored Failed: scripts must not mistake it for a result.
            return await RunOutcomeReport.ExitCodeAsync(storage.Runs, [summary.RunId!], cancellationToken);
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
}
