using System.Collections.Concurrent;
using Yardstick.Core.Catalog;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;
using Yardstick.Core.Secrets;
using Yardstick.Cli.Evals;
using Yardstick.Evals.Definitions;
using Yardstick.Evals.Running;
using Yardstick.Local.Inference;
using Yardstick.Local.Server;
using Yardstick.Measure.Load;
using Yardstick.Probes.Apis;
using Yardstick.Probes.Http;
using Yardstick.Probes.Running;
using Yardstick.Providers;
using Yardstick.Providers.Http;
using Yardstick.Scheduling.Plans;
using Yardstick.Scheduling.Running;

namespace Yardstick.Cli.Scheduling;

/// <summary>
/// Runs scheduled steps through the same engines as `yardstick perf` and `yardstick eval`: one provider per plan endpoint
/// (HTTP from <see cref="ProviderFactory"/>, or the GGUF file in-process), kept for the worker's life. Each endpoint's key
/// is registered with <paramref name="secrets"/> (the redactor the run store and logs write through) before it is sent.
/// </summary>
internal sealed class ScheduledStepRunner(IRunStore runs, IRunFiguresStore figures, ICatalogStore catalog, SecretRedactor secrets, string? dataDirectory) : IStepRunner, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<ICompletionProvider>>> _providers = new(StringComparer.Ordinal);

    public async Task<RunStatus> RunStepAsync(StepRun run, CancellationToken cancellationToken = default)
    {
        var endpoint = run.Work.Endpoint;
        var provider = await _providers.GetOrAdd(endpoint.Name, _ => new Lazy<Task<ICompletionProvider>>(() => OpenAsync(endpoint, cancellationToken))).Value;
        var origin = new RunOrigin(run.RunId, run.Work.Suite.Name, run.Worker.Name, run.Worker.Location);
        var owner = $"worker {run.Worker.Name}/{RunLease.NewOwner()}";
        var (apiStyle, baseUrl) = Describe(endpoint, provider);
        if (run.Step.IsProbe)
            return await RunProbesAsync(run, endpoint, provider, origin, cancellationToken);
        if (run.Step.IsPerf)
        {
            var perf = run.Work.Suite.Perf!;
            var options = new PerfRunOptions
            {
                ApiStyle = apiStyle, BaseUrl = baseUrl, ModelId = endpoint.Model, ModelSlug = endpoint.ModelSlug,
                PromptTokens = run.Step.PromptTokens!.Value, Concurrency = run.Step.Concurrency!.Value, Requests = perf.Requests,
                MaxTokens = perf.MaxTokens, Origin = origin, LeaseOwner = owner,
                // Stored in the run's configuration: the model page derives the measured self-hosting cost from it.
                Hardware = endpoint.Hardware?.ToRate(),
            };
            await new PerfRunner().RunAsync(provider, options, runs, cancellationToken: cancellationToken);
        }
        else
        {
            var eval = EvalRegistry.Create(run.Step.Eval!.Eval, dataDirectory);
            var price = await EvalPrice.ForAsync(await catalog.GetModelAsync(endpoint.ModelSlug, cancellationToken), runs, figures, cancellationToken);
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

    /// <summary>
    /// The suite's probes through the same runner as `yardstick probe`; a GGUF endpoint is probed over HTTP through
    /// serve-model's server on a free loopback port, as `up` does, so the matrix shows what that server really answers.
    /// </summary>
    private async Task<RunStatus> RunProbesAsync(StepRun run, PlanEndpoint endpoint, ICompletionProvider provider, RunOrigin origin,
        CancellationToken cancellationToken)
    {
        // Probe runs do not resume (each probe is a few requests): one a dead worker left unfinished is closed as failed
        // with the reason, and the next fire probes again. Quartz never runs one job twice at once, so it is not live.
        if (await runs.GetRunAsync(run.RunId, cancellationToken) is { } unfinished)
        {
            await runs.CompleteRunAsync(run.RunId, RunStatus.Failed, unfinished.SummaryJson,
                "interrupted before it finished; probe runs do not resume, the next fire probes again", cancellationToken);
            return RunStatus.Failed;
        }
        var card = await catalog.GetModelAsync(endpoint.ModelSlug, cancellationToken);
        var options = new ProbeRunOptions
        {
            ModelSlug = endpoint.ModelSlug, Origin = origin, ClaimedContextWindowTokens = card?.ContextWindowTokens, ClaimsReasoning = card?.Reasoning,
            Only = [.. run.Step.Probes!.Where(name => name != WorkStep.AllProbes)],
        };
        try
        {
            if (provider is LlamaCompletionProvider local)
            {
                await using var server = OpenAiCompatibleServer.Build(local, new OpenAiServerOptions { Port = 0 });
                await server.StartAsync(cancellationToken);
                try
                {
                    var loopback = new ProbeEndpoint { BaseUrl = new Uri(OpenAiCompatibleServer.BaseAddress(server), "v1"), Model = local.ModelId, Api = ProbeApi.OpenAi };
                    await new ProbeRunner().RunAsync(loopback, options, runs, cancellationToken: cancellationToken);
                }
                finally
                {
                    await server.StopAsync(CancellationToken.None);
                }
            }
            else
            {
                var remote = new ProbeEndpoint
                {
                    BaseUrl = endpoint.BaseUrl!, Model = endpoint.Model, ApiKey = Key(endpoint),
                    Api = endpoint.ApiStyle == PlanApiStyles.Anthropic ? ProbeApi.Anthropic : ProbeApi.OpenAi,
                };
                await new ProbeRunner().RunAsync(remote, options, runs, cancellationToken: cancellationToken);
            }
        }
        catch (ProbeEndpointException)
        {
            // An endpoint that answers nothing: the runner stored the run Failed with its evidence; the status says so.
        }
        return (await runs.GetRunAsync(run.RunId, cancellationToken))?.Status ?? RunStatus.Failed;
    }

    private static (string ApiStyle, string BaseUrl) Describe(PlanEndpoint endpoint, ICompletionProvider provider) => endpoint.ApiStyle switch
    {
        PlanApiStyles.Gguf => ("in-process-gguf", $"gguf:{Path.GetFullPath(endpoint.GgufPath!)}"),
        PlanApiStyles.Anthropic => ("anthropic-messages", endpoint.BaseUrl!.ToString()),
        _ => ("openai-chat", endpoint.BaseUrl!.ToString()),
    };

    private string? Key(PlanEndpoint endpoint)
    {
        var key = ApiKeys.FromEnvironment(endpoint.ApiKeyEnv);
        secrets.Register(key);
        return key;
    }

    private async Task<ICompletionProvider> OpenAsync(PlanEndpoint endpoint, CancellationToken cancellationToken) =>
        endpoint.ApiStyle == PlanApiStyles.Gguf
            ? await LlamaCompletionProvider.OpenAsync(Path.GetFullPath(endpoint.GgufPath!), cancellationToken: cancellationToken)
            : ProviderFactory.Create(new ProviderEndpoint
            {
                ApiStyle = PlanApiStyles.ToApiStyle(endpoint.ApiStyle), BaseUrl = endpoint.BaseUrl!, Model = endpoint.Model,
                ApiKeyEnvironmentVariable = endpoint.ApiKeyEnv,
            }, secrets: secrets);

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers.Values.Where(p => p.IsValueCreated))
        {
            if (await provider.Value is IDisposable disposable)
                disposable.Dispose();
        }
    }
}
