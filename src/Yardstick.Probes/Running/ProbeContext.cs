using System.Text.Json.Nodes;
using Yardstick.Probes.Apis;
using Yardstick.Probes.Http;

namespace Yardstick.Probes.Running;

/// <summary>What one probe works with: the client, the API style, the model, the run's options, and the cases it sent.</summary>
public sealed class ProbeContext(ProbeClient client, string probeName, ProbeRunOptions options)
{
    private readonly List<ProbeCase> _cases = [];

    public ProbeApi Api => client.Endpoint.Api;
    public string Model => client.Endpoint.Model;
    public string ProbeName { get; } = probeName;
    public ProbeRunOptions Options { get; } = options;
    public IReadOnlyList<ProbeCase> Cases => _cases;

    /// <summary>Sends <paramref name="body"/> as case <paramref name="caseName"/> (sample prompt id <c>probe/case</c>).</summary>
    public async Task<ProbeCase> SendAsync(string caseName, JsonObject body, CancellationToken cancellationToken = default)
    {
        var exchange = await client.SendAsync($"{ProbeName}/{caseName}", body, cancellationToken).ConfigureAwait(false);
        var probeCase = new ProbeCase(exchange);
        _cases.Add(probeCase);
        return probeCase;
    }

    public ProbeAnswer Read(ProbeCase probeCase) => Api.Read(probeCase.Exchange);

    /// <summary>A body with one user message at temperature 0.</summary>
    public JsonObject Body(string user, int maxTokens = 64, string? system = null, double temperature = 0) =>
        Api.Body(Model, system, user, maxTokens, temperature);
}
