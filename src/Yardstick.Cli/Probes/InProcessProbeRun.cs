using Spectre.Console;
using Yardstick.Cli.Hosting;
using Yardstick.Core.Probes;
using Yardstick.Local.Inference;
using Yardstick.Local.Server;
using Yardstick.Probes.Apis;
using Yardstick.Probes.Http;
using Yardstick.Probes.Running;

namespace Yardstick.Cli.Probes;

/// <summary>
/// Probes an in-process model the way any endpoint is probed: over HTTP, through serve-model's server started on a free
/// loopback port for the length of the run, so that the matrix shows what that server really answers.
/// </summary>
internal static class InProcessProbeRun
{
    public static async Task<ProbeRunSummary> RunAsync(LlamaCompletionProvider provider, string? modelSlug, StorageSession storage, CancellationToken cancellationToken)
    {
        var card = modelSlug is null ? null : await storage.Catalog.GetModelAsync(modelSlug, cancellationToken);
        await using var server = OpenAiCompatibleServer.Build(provider, new OpenAiServerOptions { Port = 0 });
        await server.StartAsync(cancellationToken);
        try
        {
            var endpoint = new ProbeEndpoint { BaseUrl = new Uri(OpenAiCompatibleServer.BaseAddress(server), "v1"), Model = provider.ModelId, Api = ProbeApi.OpenAi };
            var options = new ProbeRunOptions
            {
                ModelSlug = modelSlug,
                // Filed under the card's in-process endpoint: each run's loopback port differs, the endpoint does not.
                EndpointId = card?.Endpoints.FirstOrDefault(e => e.ApiStyle == Core.Catalog.ApiStyle.InProcessGguf)?.Id,
                ClaimedContextWindowTokens = card?.ContextWindowTokens ?? provider.ContextWindowTokens,
                ClaimsReasoning = card?.Reasoning,
            };
            return await new ProbeRunner().RunAsync(endpoint, options, storage.Runs, new ProbeProgressLines(AnsiConsole.Console), cancellationToken);
        }
        finally
        {
            await server.StopAsync(CancellationToken.None);
        }
    }
}
