using System.Text.Json.Nodes;
using Yardstick.Core.Probes;
using Yardstick.Probes.Checks;
using Yardstick.Probes.Tests.Fakes;

namespace Yardstick.Probes.Tests.Checks;

public sealed class MaxTokensProbeTests
{
    [Fact]
    public async Task Usage_within_the_limit_is_verified()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(body => FakeReply.Message("Once upon", finish: "length",
            usage: new JsonObject { ["prompt_tokens"] = 20, ["completion_tokens"] = body["max_tokens"]!.GetValue<int>() }));

        var (outcome, _) = await endpoint.RunAsync(new MaxTokensProbe());

        Assert.Equal(ProbeVerdict.Verified, outcome.Verdict);
    }

    [Fact]
    public async Task An_endpoint_that_ignores_the_limit_is_refuted()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(_ => FakeReply.Message("A long story…", finish: "stop",
            usage: new JsonObject { ["prompt_tokens"] = 20, ["completion_tokens"] = 600 }));

        var (outcome, context) = await endpoint.RunAsync(new MaxTokensProbe());

        Assert.Equal(ProbeVerdict.Refuted, outcome.Verdict);
        Assert.StartsWith("usage.completion_tokens 600 with max_tokens 4", context.Cases[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_usage_the_finish_reason_decides()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(_ => new FakeReply(200, new JsonObject
        {
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = new JsonObject { ["content"] = "Once" }, ["finish_reason"] = "length" }),
        }));

        var (outcome, _) = await endpoint.RunAsync(new MaxTokensProbe());

        Assert.Equal(ProbeVerdict.Verified, outcome.Verdict);
    }
}
