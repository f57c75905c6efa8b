using System.Collections.Concurrent;
using Yardstick.Core.Catalog;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Evals.Definitions;
using Yardstick.Evals.Running;
using Yardstick.Local.Inference;
using Yardstick.Measure.Load;
using Yardstick.Providers;
using Yardstick.Scheduling.Plans;
using Yardstick.Scheduling.Running;

namespace Yardstick.Cli.Scheduling;

/// <summary>
/// Runs scheduled steps through the same engines as `yardstick perf` and `yardstick eval`: one provider per plan endpoint
/// (HTTP from <see cref="ProviderFactory"/>, or the GGUF file in-process), kept for the worker's life.
/// </summary>
internal sealed class ScheduledStepRunner(IRunStore runs, ICatalogStore catalog, string? dataDirectory) : IStepRunner, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<ICompletionProvider>>> _providers = new(StringComparer.Ordinal);

    public async Task<RunStatus> RunStepAsync(StepRun run, CancellationToken cancellationToken = default)
    {
        var endpoint = run.Work.Endpoint;
        var provider = await _providers.GetOrAdd(endpoint.Name, _ => new Lazy<Task<ICompletionProvider>>(() => OpenAsync(endpoint, cancellationToken))).Value;
        var origin = new RunOrigin(run.RunId, run.Work.Suite.Name, run.Worker.Name, run.Worker.Location);
        var owner = $"worker {run.Worker.Name}/{RunLease.NewOwner()}";
        var (apiStyle, baseUrl) = Describe(endpoint, provider);
        if (run.Step.IsPerf)
        {
            var perf = run.Work.Suite.Perf!;
            var options = new PerfRunOptions
            {
                ApiStyle = apiStyle, BaseUrl = baseUrl, ModelId = endpoint.Model, ModelSlug = endpoint.ModelSlug,
                PromptTokens = run.Step.PromptTokens!.Value, Concurrency = run.Step.Concurrency!.Value, Requests = perf.Requests,
                MaxTokens = perf.MaxTokens, Origin = origin, LeaseOwner = owner,
            };
            await new PerfRunner().RunAsync(provider, options, runs, cancellationToken: cancellationToken);
        }
        else
        {
            var eval = EvalRegistry.Create(run.Step.Eval!.Eval, dataDirectory);
            var price = (await catalog.GetModelAsync(endpoint.ModelSlug, cancellationToken))?.HeadlinePrice;
            var options = new EvalRunOptions
            {
                ModelId = endpoint.Model, BaseUrl = baseUrl, ApiStyle = apiStyle, ModelSlug = endpoint.ModelSlug, Limit = run.Step.Eval.Limit,
                Price = price, Origin = origin, LeaseOwner = owner,
                // A scheduled eval asks the endpoint again: the point of re-running is to notice when its answers change.
                UseCache = false,
            };
            await EvalRunner.RunAsync(provider, eval, options, runs, cancellationToken: cancellationToken);
        }
        return (await runs.GetRunAsync(run.RunId, cancellationToken))?.Status ?? RunStatus.Failed;
    }

    private static (string ApiStyle, string BaseUrl) Describe(PlanEndpoint endpoint, ICompletionProvider provider) => endpoint.ApiStyle switch
    {
        PlanApiStyles.Gguf => ("in-process-gguf", $"gguf:{Path.GetFullPath(endpoint.GgufPath!)}"),
        PlanApiStyles.Anthropic => ("anthropic-messages", endpoint.BaseUrl!.ToString()),
        _ => ("openai-chat", endpoint.BaseUrl!.ToString()),
    };

    private static async Task<ICompletionProvider> OpenAsync(PlanEndpoint endpoint, CancellationToken cancellationToken) =>
        endpoint.ApiStyle == PlanApiStyles.Gguf
            ? await LlamaCompletionProvider.OpenAsync(Path.GetFullPath(endpoint.GgufPath!), cancellationToken: cancellationToken)
            : ProviderFactory.Create(new ProviderEndpoint
            {
                ApiStyle = PlanApiStyles.ToApiStyle(endpoint.ApiStyle), BaseUrl = endpoint.BaseUrl!, Model = endpoint.Model,
                ApiKeyEnvironmentVariable = endpoint.ApiKeyEnv,
            });

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers.Values.Where(p => p.IsValueCreated))
        {
            if (await provider.Value is IDisposable disposable)
                disposable.Dispose();
        }
    }
}
