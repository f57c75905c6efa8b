using System.Text.Json.Nodes;
using Yardstick.Core.Probes;
using Yardstick.Probes.Apis;
using Yardstick.Probes.Checks;
using Yardstick.Probes.Tests.Fakes;

namespace Yardstick.Probes.Tests.Checks;

public sealed class ChoicesProbeTests
{
    [Theory]
    [InlineData(3, ProbeVerdict.Verified)]
    [InlineData(1, ProbeVerdict.Refuted)]
    public async Task The_number_of_choices_decides(int returned, ProbeVerdict expected)
    {
        await using var endpoint = await FakeEndpoint.StartAsync(_ => FakeReply.Ok(new JsonObject
        {
            ["choices"] = new JsonArray(Enumerable.Range(0, returned).Select(i => (JsonNode)new JsonObject
            {
                ["index"] = i, ["message"] = new JsonObject { ["content"] = $"colour {i}" }, ["finish_reason"] = "stop",
            }).ToArray()),
        }));

        var (outcome, _) = await endpoint.RunAsync(new ChoicesProbe());

        Assert.Equal(expected, outcome.Verdict);
        Assert.Equal(3, endpoint.Received[0]["n"]!.GetValue<int>());
    }

    [Fact]
    public void Anthropic_has_no_n() => Assert.False(new ChoicesProbe().AppliesTo(ProbeApi.Anthropic));
}
