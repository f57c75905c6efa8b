using Yardstick.Core.Probes;
using Yardstick.Probes.Checks;
using Yardstick.Probes.Tests.Fakes;

namespace Yardstick.Probes.Tests.Checks;

public sealed class SystemPromptProbeTests
{
    [Fact]
    public async Task An_endpoint_that_follows_two_of_three_system_prompts_is_verified()
    {
        // Given a model that obeys the code word and the number, but not the language
        await using var endpoint = await FakeEndpoint.StartAsync(body => FakeReply.Message(Requests.System(body) switch
        {
            { } s when s.Contains("PINEAPPLE", StringComparison.Ordinal) => "PINEAPPLE",
            { } s when s.Contains("4817", StringComparison.Ordinal) => "4817",
            _ => "I am fine, thanks.",
        }));

        var (outcome, _) = await endpoint.RunAsync(new SystemPromptProbe());

        Assert.Equal(ProbeVerdict.Verified, outcome.Verdict);
        Assert.Equal(2.0 / 3, outcome.Rate!.Value, 6);
    }

    [Fact]
    public async Task An_endpoint_that_drops_the_system_prompt_is_refuted()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(_ => FakeReply.Message("Paris is the capital of France."));

        var (outcome, _) = await endpoint.RunAsync(new SystemPromptProbe());

        Assert.Equal(ProbeVerdict.Refuted, outcome.Verdict);
        Assert.Equal("system", endpoint.Received[0]["messages"]![0]!["role"]!.GetValue<string>());
    }
}
