using System.Text.Json.Nodes;
using Yardstick.Core.Probes;
using Yardstick.Probes.Checks;
using Yardstick.Probes.Tests.Fakes;

namespace Yardstick.Probes.Tests.Checks;

public sealed class FunctionCallingProbeTests
{
    [Fact]
    public async Task Valid_calls_naming_the_city_are_verified()
    {
        // Given an endpoint that calls get_weather with the city the question names
        await using var endpoint = await FakeEndpoint.StartAsync(body =>
        {
            var city = Requests.Cities(Requests.LastUserText(body))[0];
            return FakeReply.Message(null, [FakeReply.ToolCall("get_weather", $"{{\"city\":\"{city}\",\"unit\":\"celsius\"}}")], "tool_calls");
        });

        // When the probe runs
        var (outcome, _) = await endpoint.RunAsync(new FunctionCallingProbe());

        // Then it is verified at a rate of 1, and the tools were sent in OpenAI's shape
        Assert.Equal(ProbeVerdict.Verified, outcome.Verdict);
        Assert.Equal(1.0, outcome.Rate);
        Assert.Equal("function_calling", outcome.Capability);
        Assert.Equal("get_weather", endpoint.Received[0]["tools"]![0]!["function"]!["name"]!.GetValue<string>());
        Assert.Equal(["function_calling/paris", "function_calling/tokyo", "function_calling/lima"], outcome.Samples);
    }

    [Fact]
    public async Task A_clean_refusal_is_not_supported()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(_ => FakeReply.Refuse("tools", "tools are not supported by this model"));

        var (outcome, _) = await endpoint.RunAsync(new FunctionCallingProbe());

        Assert.Equal(ProbeVerdict.NotSupported, outcome.Verdict);
        Assert.Contains("tools are not supported", outcome.Detail, StringComparison.Ordinal);
        Assert.Null(outcome.Rate);
    }

    [Fact]
    public async Task Arguments_that_are_not_valid_json_refute_it()
    {
        // Given an endpoint that claims the feature but returns broken arguments
        await using var endpoint = await FakeEndpoint.StartAsync(_ =>
            FakeReply.Message(null, [FakeReply.ToolCall("get_weather", "{\"city\": \"Paris\", \"unit\": ")], "tool_calls"));

        var (outcome, context) = await endpoint.RunAsync(new FunctionCallingProbe());

        Assert.Equal(ProbeVerdict.Refuted, outcome.Verdict);
        Assert.Equal(0.0, outcome.Rate);
        Assert.All(context.Cases, c => Assert.False(c.Passed));
    }

    [Fact]
    public async Task Arguments_outside_the_schema_enum_fail()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(body =>
        {
            var city = Requests.Cities(Requests.LastUserText(body))[0];
            return FakeReply.Message(null, [FakeReply.ToolCall("get_weather", $"{{\"city\":\"{city}\",\"unit\":\"kelvin\"}}")], "tool_calls");
        });

        var (outcome, context) = await endpoint.RunAsync(new FunctionCallingProbe());

        Assert.Equal(ProbeVerdict.Refuted, outcome.Verdict);
        Assert.Contains("unit", context.Cases[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_text_instead_of_a_call_fails()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(_ => FakeReply.Message("It is sunny in Paris."));

        var (outcome, context) = await endpoint.RunAsync(new FunctionCallingProbe());

        Assert.Equal(ProbeVerdict.Refuted, outcome.Verdict);
        Assert.Equal("no tool call in the answer", context.Cases[0].Note);
    }
}
