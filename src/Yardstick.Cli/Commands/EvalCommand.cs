using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Cli.CommandLine;
using Yardstick.Cli.Evals;
using Yardstick.Cli.Hosting;
using Yardstick.Core.Catalog;
using Yardstick.Core.Evals;
using Yardstick.Core.Pricing;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Core.Secrets;
using Yardstick.Evals.Definitions;
using Yardstick.Evals.Downloads;
using Yardstick.Evals.Judging;
using Yardstick.Evals.Model;
using Yardstick.Evals.Running;
using Yardstick.Providers;
using Yardstick.Providers.Retries;
using Yardstick.Sandbox;

namespace Yardstick.Cli.Commands;

/// <summary>
/// `yardstick eval --base-url URL --model ID --eval NAME`: runs an eval against an OpenAI-compatible endpoint, stores
/// every sample, resumes an interrupted run of the same configuration, and prints the score with its 95 % interval.
/// </summary>
public sealed class EvalCommand : AsyncCommand<EvalCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandOption("--base-url <URL>")]
        [Description("OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1.")]
        public string? BaseUrl { get; init; }

        [CommandOption("--model <ID>")]
        [Description("Model id sent to the endpoint.")]
        public string? Model { get; init; }

        [CommandOption("--eval <NAME>")]
        [Description("mmlu-pro, gsm8k, math-500, bbh, ifeval, truthfulqa-mc1, humaneval, long-context, tool-use, truthfulqa-open (needs a judge), builtin-arith or builtin-mc.")]
        public string? Eval { get; init; }

        [CommandOption("--limit <N>")]
        [Description("Only the first N questions (in the eval's stable order).")]
        [OptionRange(1, 10_000_000)]
        public int? Limit { get; init; }

        [CommandOption("--epochs <K>")]
        [Description("Ask each question K times; the score is the mean pass@1 with a clustered interval.")]
        [DefaultValue(1)]
        [OptionRange(1, 1000)]
        public int Epochs { get; init; } = 1;

        [CommandOption("--samples-per-task <N>")]
        [Description("Code evals: N samples per task (the same as --epochs N); with N > 1 the summary adds pass@k by the unbiased estimator.")]
        [OptionRange(1, 1000)]
        public int? SamplesPerTask { get; init; }

        [CommandOption("--max-context <TOKENS>")]
        [Description("long-context: longest prompt to try, in o200k tokens (default: the catalog's context window of --model-slug, else 32768).")]
        [OptionRange(4096, 100_000_000)]
        public long? MaxContext { get; init; }

        [CommandOption("--concurrency <C>")]
        [Description("Requests in flight at once against the endpoint.")]
        [DefaultValue(4)]
        [OptionRange(1, 4096)]
        public int Concurrency { get; init; } = 4;

        [CommandOption("--data-dir <DIR>")]
        [Description("Eval data folder laid out like ../shared/data/evals (default: $YARDSTICK_EVAL_DATA).")]
        public string? DataDir { get; init; }

        [CommandOption("--json <PATH>")]
        [Description("Write the summary {eval, version, n, score, ci95, no_answer, failed, input_tokens, output_tokens, cost_usd} here.")]
        public string? Json { get; init; }

        [CommandOption("--samples <PATH>")]
        [Description("Write one JSON line per sample {prompt_id, epoch, extracted_answer, correct, correct_loose, error} here.")]
        public string? Samples { get; init; }

        [CommandOption("--api-key-env <VAR>")]
        [Description("Environment variable holding the API key (the key itself is never read from the command line).")]
        public string? ApiKeyEnv { get; init; }

        [CommandOption("--max-tokens <N>")]
        [Description("Token budget per response (default: the eval's).")]
        [OptionRange(1, 1_000_000)]
        public int? MaxTokens { get; init; }

        [CommandOption("--temperature <T>")]
        [Description("Sampling temperature, 0 to 2 (default: 0, or 0.6 when --model-slug names a reasoning model in the catalog).")]
        [OptionRange(0, 2)]
        public double? Temperature { get; init; }

        [CommandOption("--seed <N>")]
        [Description("Sampling seed sent to the endpoint (offset by the epoch), and the seed of the built-in evals.")]
        [OptionRange(0, int.MaxValue)]
        public int? Seed { get; init; }

        [CommandOption("--model-slug <SLUG>")]
        [Description("Catalog model this endpoint serves, so that its pages show the result.")]
        public string? ModelSlug { get; init; }

        [CommandOption("--input-price <USD>")]
        [Description("Input price, USD per 1M tokens (with --output-price; without both the cost is 'unavailable').")]
        [OptionRange(0, 1_000_000)]
        public decimal? InputPrice { get; init; }

        [CommandOption("--output-price <USD>")]
        [Description("Output price, USD per 1M tokens.")]
        [OptionRange(0, 1_000_000)]
        public decimal? OutputPrice { get; init; }

        [CommandOption("--max-attempts <N>")]
        [Description("Attempts per sample for transient endpoint errors before it is recorded as failed.")]
        [DefaultValue(3)]
        [OptionRange(1, 100)]
        public int MaxAttempts { get; init; } = 3;

        [CommandOption("--timeout <SECONDS>")]
        [Description("First-byte and idle timeout per request (default 60 s): a stalled stream becomes a failed sample instead of a hang.")]
        [DefaultValue(DefaultTimeoutSeconds)]
        [OptionRange(0, 3600, MinimumIsExclusive = true)]
        public double TimeoutSeconds { get; init; } = DefaultTimeoutSeconds;

        /// <summary>
        /// 60 s: a reasoning model may think for a minute before its first byte on a loaded server, yet ten stalled
        /// questions with three attempts each still end within half an hour, not hours.
        /// </summary>
        public const double DefaultTimeoutSeconds = 60;

        [CommandOption("--max-failed-share <SHARE>")]
        [Description(RunOutcomeReport.MaxFailedShareDescription)]
        [DefaultValue(RunOutcomePolicy.DefaultMaxFailedShare)]
        [OptionRange(0, 1)]
        public double MaxFailedShare { get; init; } = RunOutcomePolicy.DefaultMaxFailedShare;

        [CommandOption("--no-cache")]
        [Description("Do not reuse stored completions with the same model, messages, parameters and epoch.")]
        public bool NoCache { get; init; }

        [CommandOption("--download")]
        [Description("Fetch the eval's missing published files (pinned commits, SHA-256 checked) into --data-dir, or <data folder>/evals, first.")]
        public bool Download { get; init; }

        [CommandOption("--judge-base-url <URL>")]
        [Description("OpenAI-compatible base URL of an LLM judge: grades free-form answers (truthfulqa-open needs one) and, for gsm8k and math-500, is compared with exact match.")]
        public string? JudgeBaseUrl { get; init; }

        [CommandOption("--judge-model <ID>")]
        [Description("The judge's model id (with --judge-base-url).")]
        public string? JudgeModel { get; init; }

        [CommandOption("--judge-api-key-env <VAR>")]
        [Description("Environment variable holding the judge's API key.")]
        public string? JudgeApiKeyEnv { get; init; }

        [CommandOption("--judge-max-tokens <N>")]
        [Description("Token budget of each judgement (default 1024).")]
        [OptionRange(16, 1_000_000)]
        public int? JudgeMaxTokens { get; init; }

        [CommandOption("--no-resume")]
        [Description("Start a new run even when an interrupted one with the same configuration exists.")]
        public bool NoResume { get; init; }

        public override ValidationResult Validate()
        {
            if (OptionRanges.Check(this) is { Successful: false } outOfRange)
                return outOfRange;
            if (string.IsNullOrWhiteSpace(BaseUrl) || !Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                return ValidationResult.Error("--base-url must be an absolute http(s) URL, e.g. http://127.0.0.1:8080/v1.");
            if (string.IsNullOrWhiteSpace(Model))
                return ValidationResult.Error("--model is required.");
            if (string.IsNullOrWhiteSpace(Eval) || !EvalRegistry.Names.Contains(Eval))
                return ValidationResult.Error($"--eval must be one of: {string.Join(", ", EvalRegistry.Names)}.");
            if ((InputPrice is null) != (OutputPrice is null))
                return ValidationResult.Error("--input-price and --output-price go together.");
            if (SamplesPerTask is { } samples && Epochs != 1 && Epochs != samples)
                return ValidationResult.Error("--samples-per-task and --epochs both set the samples per task: give one of them.");
            if (MaxContext is < 4096)
                return ValidationResult.Error("--max-context must be at least 4096 (the shortest long-context length).");
            if ((JudgeBaseUrl is null) != (JudgeModel is null))
                return ValidationResult.Error("--judge-base-url and --judge-model go together.");
            if (JudgeBaseUrl is not null && (!Uri.TryCreate(JudgeBaseUrl, UriKind.Absolute, out var judgeUri) || judgeUri.Scheme is not ("http" or "https")))
                return ValidationResult.Error("--judge-base-url must be an absolute http(s) URL, e.g. http://127.0.0.1:8081/v1.");
            if (JudgeBaseUrl is null && (JudgeApiKeyEnv is not null || JudgeMaxTokens is not null))
                return ValidationResult.Error("--judge-api-key-env and --judge-max-tokens need --judge-base-url and --judge-model.");
            if (DataDir is not null && !Directory.Exists(DataDir) && !Download)
                return ValidationResult.Error($"--data-dir {DataDir} does not exist.");
            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // The first Ctrl-C stops cleanly (the run is marked interrupted and resumes next time); a second one kills.
            if (interrupt.IsCancellationRequested)
                return;
            e.Cancel = true;
            interrupt.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await RunAsync(settings, interrupt.Token);
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            Console.Error.WriteLine("Interrupted: finished samples are stored; run the same command again to resume.");
            return 130;
        }
        catch (EvalNotSupportedException e)
        {
            // Not a score: the run is stored as failed with the reason, and no index counts it.
            Console.Error.WriteLine($"not supported: {e.Message}");
            return 3;
        }
        catch (EvalNotReadyException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        catch (EvalDataException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        catch (RunLeaseLostException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (ProviderException e)
        {
            // Raised before any request (an --api-key-env variable that is not set); request failures become failed samples.
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var dataDirectory = settings.DataDir;
        // MMLU-Pro has no JSON-lines download (Parquet only): it must already be in the data folder.
        if (settings.Download && PublishedFiles.For(settings.Eval!).Count > 0)
        {
            dataDirectory ??= Path.Combine(settings.ResolveDataDirectory(), "evals");
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
            foreach (var path in await new DatasetDownloader(http).DownloadMissingAsync(settings.Eval!, dataDirectory, cancellationToken))
                Console.Error.WriteLine($"downloaded {path}");
        }
        // One redactor for the command: it learns the key as the provider is made, and every stored text passes through it.
        var secrets = new SecretRedactor();
        await using var storage = await StorageSession.OpenAsync(settings, secrets, cancellationToken);
        var card = settings.ModelSlug is { } slug ? await storage.Catalog.GetModelAsync(slug, cancellationToken) : null;
        var eval = EvalRegistry.Create(settings.Eval!, dataDirectory, settings.Seed ?? BuiltinArithmeticEval.DefaultSeed, new BubblewrapSandbox(),
            card?.ContextWindowTokens, settings.MaxContext);
        var baseUrl = new Uri(settings.BaseUrl!);
        var timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds);
        var provider = OpenAiChat(baseUrl, settings.Model!, settings.ApiKeyEnv, timeout, secrets);
        var options = new EvalRunOptions
        {
            ModelId = settings.Model!,
            BaseUrl = baseUrl.GetLeftPart(UriPartial.Path),
            ModelSlug = settings.ModelSlug,
            Limit = settings.Limit,
            Epochs = settings.SamplesPerTask ?? settings.Epochs,
            Concurrency = settings.Concurrency,
            MaxTokens = settings.MaxTokens,
            Temperature = EvalProtocol.Temperature(settings.Temperature, card?.Reasoning),
            Seed = settings.Seed,
            Price = settings.InputPrice is { } input && settings.OutputPrice is { } output
                ? new TokenPrice(new UsdPerMillionTokens(input), null, new UsdPerMillionTokens(output), new FactSource(FactSourceKind.User, "yardstick eval --input-price/--output-price"))
                : null,
            Judge = Judge(settings, timeout, secrets),
            UseCache = !settings.NoCache,
            Resume = !settings.NoResume,
            MaxAttempts = settings.MaxAttempts,
            OutcomePolicy = new RunOutcomePolicy { MaxFailedShare = settings.MaxFailedShare },
        };
        var result = await EvalProgressView.Default.RunAsync($"{eval.Id} v{eval.Version} on {settings.Model}", options.Limit ?? 1,
            progress => EvalRunner.RunAsync(provider, eval, options, storage.Runs, progress, cancellationToken));
        ReportProblems(result.Problems);
        if (settings.Json is not null)
            await EvalOutputFiles.WriteSummaryAsync(settings.Json, result.Summary, cancellationToken);
        if (settings.Samples is not null)
            await EvalOutputFiles.WriteSamplesAsync(settings.Samples, result.Samples, cancellationToken);
        PrintSummary(result, storage.Description);
        // A run where nothing succeeded (or too much failed) is stored Failed: scripts must not mistake it for a score.
        return await RunOutcomeReport.ExitCodeAsync(storage.Runs, [result.Run.Id], cancellationToken);
    }

    // Retries belong to the runner and the judge session: they retry a whole sample (a stream cut mid-answer too) and record the count.
    private static ICompletionProvider OpenAiChat(Uri baseUrl, string model, string? apiKeyEnv, TimeSpan timeout, SecretRedactor secrets) =>
        ProviderFactory.Create(
            new ProviderEndpoint
            {
                ApiStyle = ApiStyle.OpenAiChat, BaseUrl = baseUrl, Model = model, ApiKeyEnvironmentVariable = apiKeyEnv,
                FirstByteTimeout = timeout, IdleTimeout = timeout,
            },
            new RetryOptions { MaxRetries = 0 }, secrets);

    // The judge goes through the provider layer like the model, with bounded retries of its own (429, 5xx) in the session.
    private static AnswerJudge? Judge(Settings settings, TimeSpan timeout, SecretRedactor secrets)
    {
        if (settings.JudgeBaseUrl is null || settings.JudgeModel is null)
            return null;
        var baseUrl = new Uri(settings.JudgeBaseUrl);
        return new AnswerJudge(OpenAiChat(baseUrl, settings.JudgeModel, settings.JudgeApiKeyEnv, timeout, secrets), new JudgeOptions
        {
            Model = settings.JudgeModel, BaseUrl = baseUrl.GetLeftPart(UriPartial.Path), MaxTokens = settings.JudgeMaxTokens ?? 1024,
            MaxAttempts = settings.MaxAttempts,
        });
    }

    private static void ReportProblems(IReadOnlyList<DatasetProblem> problems)
    {
        foreach (var problem in problems.Take(10))
            Console.Error.WriteLine($"skipped dataset line {problem}");
        if (problems.Count > 10)
            Console.Error.WriteLine($"… and {problems.Count - 10} more unreadable dataset lines.");
    }

    private static void PrintSummary(EvalRunResult result, string storageDescription)
    {
        var s = result.Summary;
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string name, string value) => grid.AddRow(Markup.Escape(name), Markup.Escape(value));
        Row("eval", $"{s.Eval} v{s.Version}");
        Row("score", $"{Percent(s.Score)}  (95% CI {Percent(s.Ci95[0])} – {Percent(s.Ci95[1])}, {s.CiMethod})");
        if (s.ScoreLoose is { } loose)
            Row("loose score", Percent(loose));
        Row("samples", $"{s.N} = {s.Questions} question(s) × {s.Epochs} epoch(s) of {s.DatasetItems?.ToString(CultureInfo.InvariantCulture) ?? "?"}");
        Row("no answer / failed / truncated", $"{s.NoAnswer} / {s.Failed} / {s.Truncated}");
        Row("tokens in / out / reasoning", string.Create(CultureInfo.InvariantCulture, $"{s.InputTokens:N0} / {s.OutputTokens:N0} / {s.ReasoningTokens:N0}"));
        Row("cost", s.CostUsd is { } cost ? cost.ToString("$0.0000", CultureInfo.InvariantCulture) : "unavailable (no price)");
        if (s.InvalidItems > 0)
            Row("unreadable dataset lines", s.InvalidItems.ToString(CultureInfo.InvariantCulture));
        if (s.Abstention is { } abstention)
        {
            Row("accuracy", Percent(abstention.Accuracy));
            Row("hallucination rate", $"{(abstention.HallucinationRate is { } rate ? Percent(rate) : "—")} = incorrect ÷ (incorrect + abstained)");
            Row("signed score", string.Create(CultureInfo.InvariantCulture,
                $"{abstention.SignedScore:+0.000;-0.000;0.000}{(abstention.SignedScoreCi95 is [var low, var high] ? $" (95% CI {low:+0.000;-0.000;0.000} – {high:+0.000;-0.000;0.000})" : "")}, +1 / −1 / 0"));
            Row("verdicts", $"{abstention.Correct} correct / {abstention.Incorrect} incorrect / {abstention.Abstained} abstained");
        }
        if (s.Judge is { } judge)
        {
            Row("judge", $"{judge.Model ?? "?"}, prompt {judge.PromptVersion ?? "?"}");
            Row("judgements", $"{judge.Judged} judged, {judge.Cached} reused, {judge.Failed} failed");
            if (judge.AgreementWithExactMatch is { N: > 0 } agreement)
                Row("judge vs exact match", string.Create(CultureInfo.InvariantCulture,
                    $"agreement {Percent(agreement.Raw ?? double.NaN)}, kappa {(agreement.Kappa is { } kappa ? kappa.ToString("0.000", CultureInfo.InvariantCulture) : "undefined")}, n {agreement.N}"));
        }
        AnsiConsole.Write(grid);
        if (s.Metrics is { Count: > 0 } metrics)
            AnsiConsole.WriteLine(string.Join("  ", metrics.Select(m => $"{m.Key} {Percent(m.Value)}")));
        foreach (var warning in EvalWarnings.Of(s))
            AnsiConsole.MarkupLineInterpolated($"[yellow]warning:[/] {warning}");
        foreach (var held in result.HeldElsewhere)
            AnsiConsole.MarkupLineInterpolated($"[grey]Run {held.Id} (same configuration, unfinished) is being executed by {held.LeaseOwner ?? "another process"}; this command ran its own run instead.[/]");
        var resumed = result.Resumed ? " (resumed)" : "";
        AnsiConsole.WriteLine($"run {result.Run.Id}{resumed}, samples stored in {storageDescription}.");
    }

    private static string Percent(double value) => double.IsNaN(value) ? "—" : (100 * value).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
