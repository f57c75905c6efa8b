using System.Text.Json.Nodes;
using Yardstick.Core.Probes;
using Yardstick.Probes.Checks;
using Yardstick.Probes.Tests.Fakes;

namespace Yardstick.Probes.Tests.Checks;

public sealed class ToolResultsProbeTests
{
    [Fact]
    public async Task An_answer_that_uses_the_tool_result_is_verified_and_the_round_is_sent_in_openai_shape()
    {
        // Given an endpoint that reads the tool message and reports its temperature
        await using var endpoint = await FakeEndpoint.StartAsync(body =>
        {
            var tool = body["messages"]!.AsArray().Last()!;
            var result = JsonNode.Parse(tool["content"]!.GetValue<string>())!;
            return FakeReply.Message($"It is {result["temperature_c"]} °C.");
        });

        var (outcome, _) = await endpoint.RunAsync(new ToolResultsProbe());

        Assert.Equal(ProbeVerdict.Verified, outcome.Verdict);
        var messages = endpoint.Received[0]["messages"]!.AsArray();
        Assert.Equal(["user", "assistant", "tool"], messages.Select(m => m!["role"]!.GetValue<string>()));
        Assert.Equal("call_probe_paris", messages[2]!["tool_call_id"]!.GetValue<string>());
        Assert.Equal("get_weather", messages[1]!["tool_calls"]![0]!["function"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_answer_that_ignores_the_result_is_refuted()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(_ => FakeReply.Message("I cannot check the weather."));

        var (outcome, _) = await endpoint.RunAsync(new ToolResultsProbe());

        Assert.Equal(ProbeVerdict.Refuted, outcome.Verdict);
    }
}
