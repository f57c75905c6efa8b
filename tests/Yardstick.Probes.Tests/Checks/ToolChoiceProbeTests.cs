using Yardstick.Core.Probes;
using Yardstick.Probes.Checks;
using Yardstick.Probes.Tests.Fakes;

namespace Yardstick.Probes.Tests.Checks;

public sealed class ToolChoiceProbeTests
{
    [Fact]
    public async Task An_endpoint_that_enforces_every_mode_is_verified()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(body => body["tool_choice"]!.ToJsonString() switch
        {
            "\"none\"" => FakeReply.Message("It is probably mild."),
            "\"required\"" => FakeReply.Message(null, [FakeReply.ToolCall("get_time", "{\"timezone\":\"UTC\"}")], "tool_calls"),
            _ => FakeReply.Message(null, [FakeReply.ToolCall(body["tool_choice"]!["function"]!["name"]!.GetValue<string>(), "{\"timezone\":\"Europe/Paris\"}")], "tool_calls"),
        });

        var (outcome, _) = await endpoint.RunAsync(new ToolChoiceProbe());

        Assert.Equal(ProbeVerdict.Verified, outcome.Verdict);
        Assert.Equal("enforced", outcome.Observed["named"]);
    }

    [Fact]
    public async Task Ignoring_tool_choice_none_refutes_it_and_names_the_mode()
    {
        // Given an endpoint that always calls get_weather, whatever tool_choice says
        await using var endpoint = await FakeEndpoint.StartAsync(_ =>
            FakeReply.Message(null, [FakeReply.ToolCall("get_weather", "{\"city\":\"Paris\",\"unit\":\"celsius\"}")], "tool_calls"));

        var (outcome, _) = await endpoint.RunAsync(new ToolChoiceProbe());

        Assert.Equal(ProbeVerdict.Refuted, outcome.Verdict);
        Assert.Equal("enforced", outcome.Observed["required"]);
        Assert.Equal("not enforced", outcome.Observed["none"]);
        Assert.Equal("not enforced", outcome.Observed["named"]);
        Assert.Equal(1.0 / 3, outcome.Rate!.Value, 6);
    }

    [Fact]
    public async Task Refusing_one_mode_counts_it_as_failed_beside_the_answered_ones()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(body => body["tool_choice"] is System.Text.Json.Nodes.JsonObject
            ? FakeReply.Refuse("tool_choice", "named tool_choice is not supported")
            : body["tool_choice"]!.GetValue<string>() == "none"
                ? FakeReply.Message("Mild.")
                : FakeReply.Message(null, [FakeReply.ToolCall("get_time", "{\"timezone\":\"UTC\"}")], "tool_calls"));

        var (outcome, _) = await endpoint.RunAsync(new ToolChoiceProbe());

        Assert.Equal(ProbeVerdict.Refuted, outcome.Verdict);
        Assert.Equal("rejected", outcome.Observed["named"]);
        Assert.Contains("1 refused with HTTP 400", outcome.Detail, StringComparison.Ordinal);
    }
}
