using System.Text.Json;
using Yardstick.Core.Probes;
using Yardstick.Core.Runs;
using Yardstick.Probes.Checks;
using Yardstick.Probes.Http;
using Yardstick.Providers.Http;

namespace Yardstick.Probes.Running;

/// <summary>
/// Runs the capability probes against one endpoint and keeps everything: creates the run (kind Probe), sends one plain
/// request first (an endpoint that gives no HTTP answer, or no 2xx answer, to it is not probed further: the run fails),
/// then each applicable probe in turn, storing its samples as soon as it finishes, and completes the run with the
/// summary of every verdict. Refuted features do not fail the run; only an unusable endpoint or cancellation does.
/// </summary>
public sealed class ProbeRunner(IReadOnlyList<IProbe>? probes = null, TimeProvider? clock = null)
{
    public const string TaskName = "capabilities";
    public const string TaskVersion = "1";
    private const string Reachability = "reachability";

    private readonly IReadOnlyList<IProbe> _probes = probes ?? ProbeSet.All;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Probes the endpoint over a new HttpClient (the measuring handler, without kernel timestamps).</summary>
    public async Task<ProbeRunSummary> RunAsync(ProbeEndpoint endpoint, ProbeRunOptions options, IRunStore store,
        IProgress<ProbeProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var http = ProviderHttpClients.Create(TimeSpan.FromSeconds(10), kernelTimestamps: false);
        return await RunAsync(new ProbeClient(http, endpoint), options, store, progress, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ProbeRunSummary> RunAsync(ProbeClient client, ProbeRunOptions options, IRunStore store,
        IProgress<ProbeProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        var selected = Select(client, options);
        var run = CreateRun(client.Endpoint, options, selected);
        await store.CreateRunAsync(run, cancellationToken).ConfigureAwait(false);
        var outcomes = new List<ProbeOutcome>();
        var requests = 0;
        try
        {
            var first = new ProbeContext(client, Reachability, options);
            var plain = await first.SendAsync("chat", first.Body("Say hello.", maxTokens: 8), cancellationToken).ConfigureAwait(false);
            plain.Observe("a plain request: is the endpoint usable at all");
            requests += await StoreAsync(run.Id, first, store, cancellationToken).ConfigureAwait(false);
            if (!plain.Exchange.Answered)
            {
                var failed = Summary(run, client, plain.Exchange.StatusCode is not null, requests, outcomes);
                await store.CompleteRunAsync(run.Id, RunStatus.Failed, ProbeSummaryJson.Serialize(failed), CancellationToken.None).ConfigureAwait(false);
                throw new ProbeEndpointException($"{client.Endpoint.SafeBaseUrl} did not answer a plain chat request: {CaseVerdict.Failure(plain.Exchange)}.",
                    failed);
            }
            foreach (var probe in selected)
            {
                var context = new ProbeContext(client, probe.Name, options);
                var outcome = await probe.RunAsync(context, cancellationToken).ConfigureAwait(false);
                requests += await StoreAsync(run.Id, context, store, cancellationToken).ConfigureAwait(false);
                outcomes.Add(outcome);
                progress?.Report(new ProbeProgress(outcomes.Count, selected.Count, outcome));
            }
            var summary = Summary(run, client, true, requests, outcomes);
            await store.CompleteRunAsync(run.Id, RunStatus.Completed, ProbeSummaryJson.Serialize(summary), CancellationToken.None).ConfigureAwait(false);
            return summary;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var partial = Summary(run, client, true, requests, outcomes);
            await store.CompleteRunAsync(run.Id, RunStatus.Interrupted, ProbeSummaryJson.Serialize(partial), CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (Exception e) when (e is not (OperationCanceledException or ProbeEndpointException))
        {
            await store.CompleteRunAsync(run.Id, RunStatus.Failed, null, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    private List<IProbe> Select(ProbeClient client, ProbeRunOptions options)
    {
        var unknown = options.Only.Where(n => _probes.All(p => p.Name != n)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"Unknown probe(s): {string.Join(", ", unknown)}; known: {string.Join(", ", _probes.Select(p => p.Name))}.", nameof(options));
        return _probes.Where(p => p.AppliesTo(client.Endpoint.Api) && (options.Only.Count == 0 || options.Only.Contains(p.Name))).ToList();
    }

    private static async Task<int> StoreAsync(string runId, ProbeContext context, IRunStore store, CancellationToken cancellationToken)
    {
        var samples = context.Cases.Select(c => ProbeSamples.From(runId, c, context.Read(c))).ToList();
        if (samples.Count > 0)
            await store.AppendSamplesAsync(samples, cancellationToken).ConfigureAwait(false);
        return samples.Count;
    }

    private static ProbeRunSummary Summary(RunRecord run, ProbeClient client, bool reachable, int requests, IReadOnlyList<ProbeOutcome> outcomes) => new()
    {
        RunId = run.Id,
        ModelId = client.Endpoint.Model,
        BaseUrl = client.Endpoint.SafeBaseUrl,
        ApiStyle = client.Endpoint.Api.Name,
        Reachable = reachable,
        Requests = requests,
        Probes = outcomes,
    };

    private RunRecord CreateRun(ProbeEndpoint endpoint, ProbeRunOptions options, IReadOnlyList<IProbe> selected) => new()
    {
        Id = options.Origin?.RunId ?? RunIds.New(RunKind.Probe, _clock.GetUtcNow()),
        Kind = RunKind.Probe,
        Suite = options.Origin?.Suite,
        Worker = options.Origin?.Worker,
        Location = options.Origin?.Location,
        ModelSlug = options.ModelSlug,
        EndpointId = options.EndpointId,
        ApiStyle = endpoint.Api.Name,
        BaseUrl = endpoint.SafeBaseUrl,
        ModelId = endpoint.Model,
        Task = TaskName,
        TaskVersion = TaskVersion,
        ConfigurationJson = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["probes"] = selected.Select(p => p.Name).ToList(),
            ["claimed_context_window_tokens"] = options.ClaimedContextWindowTokens,
            ["max_context_tokens"] = options.MaxContextTokens,
            ["claims_reasoning"] = options.ClaimsReasoning,
            ["request_timeout_s"] = endpoint.RequestTimeout.TotalSeconds,
        }),
        YardstickVersion = options.YardstickVersion,
        Host = Environment.MachineName,
        StartedUtc = _clock.GetUtcNow(),
    };
}
