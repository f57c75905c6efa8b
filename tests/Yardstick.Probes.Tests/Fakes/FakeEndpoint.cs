using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Yardstick.Probes.Apis;
using Yardstick.Probes.Http;
using Yardstick.Probes.Running;
using Yardstick.Tests.Loopback;

namespace Yardstick.Probes.Tests.Fakes;

/// <summary>
/// A loopback endpoint whose behaviour a test writes as a function of the request body: supports a feature, refuses
/// it cleanly, or claims it and returns garbage. Every body it received is kept, to check what the probe sent.
/// </summary>
public sealed class FakeEndpoint : IAsyncDisposable
{
    private readonly LoopbackServer _server;
    private readonly List<JsonObject> _received = [];

    private FakeEndpoint(LoopbackServer server) => _server = server;

    public IReadOnlyList<JsonObject> Received { get { lock (_received) return _received.ToList(); } }

    public Uri BaseUrl => _server.BaseUrl;

    public static async Task<FakeEndpoint> StartAsync(Func<JsonObject, FakeReply> behaviour)
    {
        FakeEndpoint? endpoint = null;
        var server = await LoopbackServer.StartAsync(async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = JsonNode.Parse(await reader.ReadToEndAsync())!.AsObject();
            lock (endpoint!._received)
                endpoint._received.Add(body);
            await WriteAsync(context, behaviour(body));
        });
        endpoint = new FakeEndpoint(server);
        return endpoint;
    }

    public ProbeClient Client(ProbeApi? api = null) =>
        new(new HttpClient(), new ProbeEndpoint { BaseUrl = BaseUrl, Model = "fake-model", Api = api ?? ProbeApi.OpenAi, RequestTimeout = TimeSpan.FromSeconds(30) });

    /// <summary>Runs one probe against this endpoint, the way the runner does.</summary>
    public async Task<(Core.Probes.ProbeOutcome Outcome, ProbeContext Context)> RunAsync(IProbe probe, ProbeRunOptions? options = null, ProbeApi? api = null)
    {
        var context = new ProbeContext(Client(api), probe.Name, options ?? new ProbeRunOptions());
        return (await probe.RunAsync(context, TestContext.Current.CancellationToken), context);
    }

    private static async Task WriteAsync(HttpContext context, FakeReply reply)
    {
        context.Response.StatusCode = reply.Status;
        if (reply.Events is null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(reply.Json?.ToJsonString() ?? "");
            return;
        }
        context.Response.ContentType = "text/event-stream";
        foreach (var data in reply.Events)
            await context.Response.WriteAsync($"data: {data.ToJsonString()}\n\n");
        if (reply.Terminated)
            await context.Response.WriteAsync("data: [DONE]\n\n");
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
