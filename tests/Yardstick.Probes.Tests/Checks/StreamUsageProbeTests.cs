using System.Text.Json.Nodes;
using Yardstick.Core.Probes;
using Yardstick.Probes.Checks;
using Yardstick.Probes.Tests.Fakes;

namespace Yardstick.Probes.Tests.Checks;

public sealed class StreamUsageProbeTests
{
    [Fact]
    public async Task A_usage_chunk_is_verified_and_include_usage_was_asked_for()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(_ => FakeReply.Stream(
            FakeReply.Chunk(new JsonObject { ["content"] = "apple" }),
            FakeReply.Chunk(new JsonObject(), "stop"),
            new JsonObject { ["choices"] = new JsonArray(), ["usage"] = new JsonObject { ["prompt_tokens"] = 9, ["completion_tokens"] = 3 } }));

        var (outcome, _) = await endpoint.RunAsync(new StreamUsageProbe());

        Assert.Equal(ProbeVerdict.Verified, outcome.Verdict);
        Assert.True(endpoint.Received[0]["stream_options"]!["include_usage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_stream_without_usage_is_refuted()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(_ => FakeReply.Stream(FakeReply.Chunk(new JsonObject { ["content"] = "apple" }, "stop")));

        var (outcome, _) = await endpoint.RunAsync(new StreamUsageProbe());

        Assert.Equal(ProbeVerdict.Refuted, outcome.Verdict);
    }
}
