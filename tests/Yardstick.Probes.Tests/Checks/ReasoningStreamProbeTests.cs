using System.Text.Json.Nodes;
using Yardstick.Core.Probes;
using Yardstick.Probes.Checks;
using Yardstick.Probes.Tests.Fakes;

namespace Yardstick.Probes.Tests.Checks;

public sealed class ReasoningStreamProbeTests
{
    [Theory]
    [InlineData("reasoning_content")]
    [InlineData("reasoning")]
    public async Task Reasoning_deltas_are_verified_with_their_field(string field)
    {
        await using var endpoint = await FakeEndpoint.StartAsync(_ => FakeReply.Stream(
            FakeReply.Chunk(new JsonObject { [field] = "s-t-r-a-w…" }),
            FakeReply.Chunk(new JsonObject { ["content"] = "3" }, "stop")));

        var (outcome, _) = await endpoint.RunAsync(new ReasoningStreamProbe());

        Assert.Equal(ProbeVerdict.Verified, outcome.Verdict);
        Assert.Equal(field, outcome.Observed["field"]);
    }

    [Fact]
    public async Task Think_tags_in_the_content_count_as_reasoning()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(_ => FakeReply.Stream(
            FakeReply.Chunk(new JsonObject { ["content"] = "<think>count the r" }),
            FakeReply.Chunk(new JsonObject { ["content"] = "s</think>3" }, "stop")));

        var (outcome, context) = await endpoint.RunAsync(new ReasoningStreamProbe());

        Assert.Equal(ProbeVerdict.Verified, outcome.Verdict);
        Assert.Equal("<think>", outcome.Observed["field"]);
        Assert.Equal("3", context.Read(context.Cases[0]).Text);
    }

    [Fact]
    public async Task Reasoning_tokens_in_usage_without_reasoning_text_are_hidden_reasoning()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(_ => FakeReply.Stream(
            FakeReply.Chunk(new JsonObject { ["content"] = "3" }, "stop"),
            new JsonObject { ["choices"] = new JsonArray(), ["usage"] = new JsonObject { ["completion_tokens"] = 90, ["completion_tokens_details"] = new JsonObject { ["reasoning_tokens"] = 88 } } }));

        var (outcome, _) = await endpoint.RunAsync(new ReasoningStreamProbe());

        Assert.Equal(ProbeVerdict.Refuted, outcome.Verdict);
        Assert.Equal("hidden", outcome.Observed["field"]);
        Assert.Equal("88", outcome.Observed["reasoning_tokens"]);
    }
}
