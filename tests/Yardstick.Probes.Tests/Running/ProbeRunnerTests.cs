using System.Text.Json.Nodes;
using Yardstick.Core.Probes;
using Yardstick.Core.Runs;
using Yardstick.Probes.Apis;
using Yardstick.Probes.Http;
using Yardstick.Probes.Running;
using Yardstick.Probes.Tests.Fakes;

namespace Yardstick.Probes.Tests.Running;

public sealed class ProbeRunnerTests
{
    /// <summary>A plain text endpoint: answers text, refuses tools, response_format, n, logprobs and images with a 400.</summary>
    private static FakeReply TextOnly(JsonObject body)
    {
        foreach (var field in new[] { "tools", "response_format", "n", "logprobs" })
            if (body.ContainsKey(field))
                return FakeReply.Refuse(field, $"'{field}' is not supported by this endpoint");
        if (body["messages"]!.AsArray().Any(m => m!["content"] is JsonArray))
            return FakeReply.Refuse("messages[0].content", "only text content is supported");
        return body["stream"]?.GetValue<bool>() == true
            ? FakeReply.Stream(FakeReply.Chunk(new JsonObject { ["content"] = "hello there" }, "stop"),
                new JsonObject { ["choices"] = new JsonArray(), ["usage"] = new JsonObject { ["prompt_tokens"] = 5, ["completion_tokens"] = 2 } })
            : FakeReply.Message("hello there", usage: new JsonObject { ["prompt_tokens"] = 5, ["completion_tokens"] = 2 });
    }

    [Fact]
    public async Task A_run_stores_every_exchange_as_a_sample_and_every_verdict_in_its_summary()
    {
        // Given a text-only endpoint
        await using var endpoint = await FakeEndpoint.StartAsync(TextOnly);
        var store = new InMemoryRunStore();

        // When every probe runs against it
        var summary = await new ProbeRunner().RunAsync(endpoint.Client(), new ProbeRunOptions { ModelSlug = "fake", ClaimedContextWindowTokens = 4_000 }, store,
            cancellationToken: TestContext.Current.CancellationToken);

        // Then the run is completed, holds one sample per request, and says what the endpoint refuses
        var run = await store.GetRunAsync(summary.RunId, TestContext.Current.CancellationToken);
        var samples = await store.GetSamplesAsync(summary.RunId, TestContext.Current.CancellationToken);
        Assert.Equal(RunKind.Probe, run!.Kind);
        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal("fake", run.ModelSlug);
        Assert.Equal(endpoint.Received.Count, samples.Count);
        Assert.Equal(summary.Requests, samples.Count);
        Assert.Equal(ProbeSet.All.Count, summary.Probes.Count);
        Assert.Equal("reachability/chat", samples.OrderBy(s => s.Sequence).First().PromptId);
        foreach (var name in new[] { "function_calling", "structured_output", "json_mode", "n", "logprobs", "vision", "tool_choice" })
            Assert.Equal(ProbeVerdict.NotSupported, summary.Outcome(name)!.Verdict);
        Assert.Equal(ProbeVerdict.Verified, summary.Outcome("streaming")!.Verdict);
        Assert.Equal(ProbeVerdict.Verified, summary.Outcome("stream_usage")!.Verdict);
        var stored = ProbeSummaryJson.Deserialize(run.SummaryJson!)!;
        Assert.Equal(summary.Probes.Select(p => p.Verdict), stored.Probes.Select(p => p.Verdict));
        Assert.All(summary.Probes.SelectMany(p => p.Samples), id => Assert.Contains(samples, s => s.PromptId == id));
        var refused = samples.First(s => s.PromptId == "function_calling/paris");
        Assert.Equal(400, refused.HttpStatus);
        Assert.Contains("\"tools\"", refused.PromptText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_runs_the_named_probes()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(TextOnly);

        var summary = await new ProbeRunner().RunAsync(endpoint.Client(), new ProbeRunOptions { Only = ["max_tokens", "n"] }, new InMemoryRunStore(),
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["max_tokens", "n"], summary.Probes.Select(p => p.Probe));
    }

    [Fact]
    public async Task An_unknown_probe_name_is_rejected_before_any_request()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(TextOnly);

        await Assert.ThrowsAsync<ArgumentException>(() => new ProbeRunner().RunAsync(endpoint.Client(), new ProbeRunOptions { Only = ["telepathy"] }, new InMemoryRunStore(),
            cancellationToken: TestContext.Current.CancellationToken));
        Assert.Empty(endpoint.Received);
    }

    [Fact]
    public async Task An_unreachable_endpoint_fails_the_run_after_one_request()
    {
        var store = new InMemoryRunStore();
        var client = new ProbeClient(new HttpClient(), new ProbeEndpoint { BaseUrl = new Uri("http://127.0.0.1:9/v1"), Model = "nobody", Api = ProbeApi.OpenAi });

        var error = await Assert.ThrowsAsync<ProbeEndpointException>(() => new ProbeRunner().RunAsync(client, new ProbeRunOptions(), store,
            cancellationToken: TestContext.Current.CancellationToken));

        Assert.False(error.Summary.Reachable);
        var run = (await store.ListRunsAsync(new RunQuery(), TestContext.Current.CancellationToken)).Single();
        Assert.Equal(RunStatus.Failed, run.Status);
        var sample = Assert.Single(await store.GetSamplesAsync(run.Id, TestContext.Current.CancellationToken));
        Assert.Equal(Yardstick.Core.Providers.ErrorKind.ConnectionRefused, sample.ErrorKind);
    }

    [Fact]
    public async Task Anthropic_runs_only_the_probes_its_api_has()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(_ => FakeReply.Ok(new JsonObject
        {
            ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "hi" }), ["stop_reason"] = "end_turn",
            ["usage"] = new JsonObject { ["input_tokens"] = 3, ["output_tokens"] = 1 },
        }));

        var summary = await new ProbeRunner().RunAsync(endpoint.Client(ProbeApi.Anthropic), new ProbeRunOptions { Only = ["max_tokens"] }, new InMemoryRunStore(),
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("anthropic-messages", summary.ApiStyle);
        Assert.DoesNotContain(ProbeSet.All.Where(p => !p.AppliesTo(ProbeApi.Anthropic)).Select(p => p.Name), n => summary.Probes.Any(p => p.Probe == n));
        Assert.Equal(ProbeVerdict.Verified, summary.Outcome("max_tokens")!.Verdict);
    }

    [Fact]
    public async Task A_scheduled_run_is_stored_under_its_fire_id_with_suite_worker_and_location()
    {
        // Given a text-only endpoint and a scheduled fire's origin
        await using var endpoint = await FakeEndpoint.StartAsync(TextOnly);
        var store = new InMemoryRunStore();
        var origin = new RunOrigin("probe-20261202T030000Z-abc123", "capabilities", "w1", "eu");

        // When the streaming probe runs for that fire
        var summary = await new ProbeRunner().RunAsync(endpoint.Client(), new ProbeRunOptions { Only = ["streaming"], Origin = origin }, store,
            cancellationToken: TestContext.Current.CancellationToken);

        // Then the run carries the fire's id and where it ran
        var run = await store.GetRunAsync(origin.RunId, TestContext.Current.CancellationToken);
        Assert.Equal(origin.RunId, summary.RunId);
        Assert.Equal(("capabilities", "w1", "eu"), (run!.Suite, run.Worker, run.Location));
        Assert.Equal(RunStatus.Completed, run.Status);
    }
}
