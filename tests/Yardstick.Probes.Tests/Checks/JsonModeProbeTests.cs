using Yardstick.Core.Probes;
using Yardstick.Probes.Checks;
using Yardstick.Probes.Tests.Fakes;

namespace Yardstick.Probes.Tests.Checks;

public sealed class JsonModeProbeTests
{
    [Theory]
    [InlineData("{\"mission\":\"Apollo 11\",\"year\":1969}", ProbeVerdict.Verified)]
    [InlineData("[2, 3, 5]", ProbeVerdict.Refuted)]
    [InlineData("```json\n{\"a\":1}\n```", ProbeVerdict.Refuted)]
    public async Task Only_a_bare_json_object_passes(string content, ProbeVerdict expected)
    {
        await using var endpoint = await FakeEndpoint.StartAsync(_ => FakeReply.Message(content));

        var (outcome, _) = await endpoint.RunAsync(new JsonModeProbe());

        Assert.Equal(expected, outcome.Verdict);
        Assert.Equal("json_object", endpoint.Received[0]["response_format"]!["type"]!.GetValue<string>());
    }
}
