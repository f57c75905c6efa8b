using Yardstick.Cli.CommandLine;
using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Cli.Hosting;
using Yardstick.Cli.Perf;
using Yardstick.Cli.Probes;
using Yardstick.Core.Probes;
using Yardstick.Core.Providers;
using Yardstick.Probes;
using Yardstick.Probes.Apis;
using Yardstick.Probes.Http;
using Yardstick.Probes.Running;
using Yardstick.Providers.Http;

namespace Yardstick.Cli.Commands;

/// <summary>
/// `yardstick probe --base-url URL --model ID`: checks which features the endpoint really has (tools, JSON schema,
/// images, context window, stop, seed, logprobs, streamed usage and reasoning, caching…), stores one Probe run with
/// every request and response as samples, prints the verdicts and optionally writes them as JSON. Exit 0 when the run
/// completed (refuted features included), 1 when the endpoint could not be probed at all.
/// </summary>
public sealed class ProbeCommand : AsyncCommand<ProbeCommand.Settings>
{
    public sealed class Settings : EndpointSettings
    {
        [CommandOption("--model-slug <SLUG>")]
        [Description("Catalog model this endpoint serves: the run is filed under it and its claimed context window is checked (default: the catalog endpoint with this base URL and model id, if any).")]
        public string? ModelSlug { get; init; }

        [CommandOption("--only <NAMES>")]
        [Description("Comma-separated probes to run (default: all that the API style has).")]
        public string? Only { get; init; }

        [CommandOption("--json <PATH>")]
        [Description("Write the summary {run_id, reachable, requests, probes: [[{probe, capability, verdict, rate, detail, observed, samples}]]} here.")]
        public string? Json { get; init; }

        [CommandOption("--context-window <TOKENS>")]
        [Description("Context window to check when the catalog states none (or to check another claim).")]
        [OptionRange(1, 100_000_000)]
        public long? ContextWindow { get; init; }

        [CommandOption("--max-context <TOKENS>")]
        [Description("Longest prompt the context probe sends (big windows are slow and costly to fill).")]
        [DefaultValue(32768L)]
        [OptionRange(1024, 100_000_000)]
        public long MaxContext { get; init; } = 32_768;

        [CommandOption("--timeout <SECONDS>")]
        [Description("Longest wait for one whole answer.")]
        [DefaultValue(180.0)]
        [OptionRange(0, 86_400, MinimumIsExclusive = true)]
        public double TimeoutSeconds { get; init; } = 180;

        public override ValidationResult Validate()
        {
            if (OptionRanges.Check(this) is { Successful: false } outOfRange)
                return outOfRange;
            if (ValidateEndpoint() is { } endpointError)
                return endpointError;
            var unknown = OnlyNames.Where(n => !ProbeSet.Names.Contains(n)).ToList();
            if (unknown.Count > 0)
                return ValidationResult.Error($"--only: unknown probe(s) {string.Join(", ", unknown)}; known: {string.Join(", ", ProbeSet.Names)}.");
            if (ContextWindow is < 256 || MaxContext < 256)
                return ValidationResult.Error("--context-window and --max-context must be at least 256 tokens.");
            if (!(TimeoutSeconds > 0))
                return ValidationResult.Error("--timeout must be positive.");
            return ValidationResult.Success();
        }

        internal IReadOnlyList<string> OnlyNames =>
            Only?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string? apiKey;
        try
        {
            apiKey = ApiKeys.FromEnvironment(settings.ApiKeyEnv);
        }
        catch (ProviderException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 2;
        }
        var endpoint = new ProbeEndpoint
        {
            BaseUrl = new Uri(settings.BaseUrl!),
            Model = settings.Model!,
            Api = settings.ApiStyle == "anthropic" ? ProbeApi.Anthropic : ProbeApi.OpenAi,
            ApiKey = apiKey,
            RequestTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
        };

        await using var storage = await StorageSession.OpenAsync(settings, cancellationToken);
        var options = new ProbeRunOptions { ModelSlug = settings.ModelSlug, Only = settings.OnlyNames, MaxContextTokens = settings.MaxContext };
        if (settings.ModelSlug is null && await CatalogEndpointMatch.FindAsync(storage.Catalog, settings.BaseUrl!, settings.Model!, cancellationToken) is { } match)
        {
            options = options with { ModelSlug = match.ModelSlug, EndpointId = match.Id };
            AnsiConsole.MarkupLineInterpolated($"catalog endpoint [blue]{match.Id}[/]: the run is filed under model {match.ModelSlug}");
        }
        var card = options.ModelSlug is null ? null : await storage.Catalog.GetModelAsync(options.ModelSlug, cancellationToken);
        options = options with { ClaimedContextWindowTokens = settings.ContextWindow ?? card?.ContextWindowTokens, ClaimsReasoning = card?.Reasoning };

        ProbeRunSummary summary;
        var exitCode = 0;
        try
        {
            AnsiConsole.MarkupLineInterpolated($"probing [blue]{settings.Model}[/] at {endpoint.SafeBaseUrl}");
            summary = await new ProbeRunner().RunAsync(endpoint, options, storage.Runs, new ProbeProgressLines(AnsiConsole.Console), cancellationToken);
            ProbeTable.Write(AnsiConsole.Console, summary);
        }
        catch (ProbeEndpointException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message} The run {e.Summary.RunId} is stored as Failed.");
            summary = e.Summary;
            exitCode = 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            AnsiConsole.MarkupLine("[yellow]interrupted:[/] the run is stored as Interrupted with the probes finished so far.");
            return 130;
        }
        if (settings.Json is not null)
            await File.WriteAllTextAsync(settings.Json, ProbeSummaryJson.Serialize(summary), cancellationToken);
        return exitCode;
    }
}
