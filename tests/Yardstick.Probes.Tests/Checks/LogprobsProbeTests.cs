using System.Text.Json.Nodes;
using Yardstick.Core.Probes;
using Yardstick.Probes.Checks;
using Yardstick.Probes.Tests.Fakes;

namespace Yardstick.Probes.Tests.Checks;

public sealed class LogprobsProbeTests
{
    private static JsonNode Token(string token, double logprob, int alternatives) => new JsonObject
    {
        ["token"] = token, ["logprob"] = logprob,
        ["top_logprobs"] = new JsonArray(Enumerable.Range(0, alternatives).Select(i => (JsonNode)new JsonObject { ["token"] = $"t{i}", ["logprob"] = -i }).ToArray()),
    };

    [Theory]
    [InlineData(-0.2, 3, true)]
    [InlineData(0.5, 3, false)]
    [InlineData(-0.2, 1, false)]
    public void Every_token_needs_a_logprob_and_three_alternatives(double logprob, int alternatives, bool ok) =>
        Assert.Equal(ok, LogprobsProbe.Check(new JsonObject { ["content"] = new JsonArray(Token("hel", -0.1, 3), Token("lo", logprob, alternatives)) }).Ok);

    [Fact]
    public async Task An_answer_without_logprobs_is_refuted()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(_ => FakeReply.Message("hello"));

        var (outcome, context) = await endpoint.RunAsync(new LogprobsProbe());

        Assert.Equal(ProbeVerdict.Refuted, outcome.Verdict);
        Assert.Equal("no choices[0].logprobs.content in the answer", context.Cases[0].Note);
        Assert.Equal(3, endpoint.Received[0]["top_logprobs"]!.GetValue<int>());
    }

    [Fact]
    public async Task Logprobs_in_the_choice_are_verified()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(_ => FakeReply.Ok(new JsonObject
        {
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0, ["message"] = new JsonObject { ["content"] = "hello" }, ["finish_reason"] = "stop",
                ["logprobs"] = new JsonObject { ["content"] = new JsonArray(Token("hello", -0.01, 3)) },
            }),
        }));

        var (outcome, _) = await endpoint.RunAsync(new LogprobsProbe());

        Assert.Equal(ProbeVerdict.Verified, outcome.Verdict);
    }
}
