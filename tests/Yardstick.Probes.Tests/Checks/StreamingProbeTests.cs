using System.Text.Json.Nodes;
using Yardstick.Core.Probes;
using Yardstick.Probes.Checks;
using Yardstick.Probes.Tests.Fakes;

namespace Yardstick.Probes.Tests.Checks;

public sealed class StreamingProbeTests
{
    [Fact]
    public async Task Text_events_ending_with_done_are_verified()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(_ => FakeReply.Stream(FakeReply.Chunk(new JsonObject { ["content"] = "1 2 3" }, "stop")));

        var (outcome, _) = await endpoint.RunAsync(new StreamingProbe());

        Assert.Equal(ProbeVerdict.Verified, outcome.Verdict);
    }

    [Fact]
    public async Task A_stream_cut_before_done_is_refuted()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(_ => new FakeReply(200, null, [FakeReply.Chunk(new JsonObject { ["content"] = "1 2" })], Terminated: false));

        var (outcome, context) = await endpoint.RunAsync(new StreamingProbe());

        Assert.Equal(ProbeVerdict.Refuted, outcome.Verdict);
        Assert.StartsWith("the stream broke", context.Cases[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_answer_to_a_stream_request_is_refuted()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(_ => FakeReply.Message("1 2 3"));

        var (outcome, _) = await endpoint.RunAsync(new StreamingProbe());

        Assert.Equal(ProbeVerdict.Refuted, outcome.Verdict);
    }
}
