using System.Text.Json.Nodes;
using Yardstick.Core.Probes;
using Yardstick.Probes.Checks;
using Yardstick.Probes.Tests.Fakes;

namespace Yardstick.Probes.Tests.Checks;

public sealed class ParallelToolCallsProbeTests
{
    private static FakeReply Calls(JsonObject body, int howMany)
    {
        var calls = new JsonArray();
        foreach (var (city, i) in Requests.Cities(Requests.LastUserText(body)).Take(howMany).Select((c, i) => (c, i)))
            calls.Add(FakeReply.ToolCall("get_weather", $"{{\"city\":\"{city}\",\"unit\":\"celsius\"}}", $"call_{i}"));
        return FakeReply.Message(null, calls, "tool_calls");
    }

    [Fact]
    public async Task One_call_per_city_in_one_answer_is_verified()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(body => Calls(body, int.MaxValue));

        var (outcome, _) = await endpoint.RunAsync(new ParallelToolCallsProbe());

        Assert.Equal(ProbeVerdict.Verified, outcome.Verdict);
        Assert.Equal("3", outcome.Observed["most_calls_in_one_answer"]);
    }

    [Fact]
    public async Task A_single_call_for_several_cities_is_refuted()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(body => Calls(body, 1));

        var (outcome, context) = await endpoint.RunAsync(new ParallelToolCallsProbe());

        Assert.Equal(ProbeVerdict.Refuted, outcome.Verdict);
        Assert.Contains("no valid call for Tokyo", context.Cases[0].Note, StringComparison.Ordinal);
    }
}
