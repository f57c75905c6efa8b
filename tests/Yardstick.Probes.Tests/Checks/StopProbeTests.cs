using Yardstick.Core.Probes;
using Yardstick.Probes.Checks;
using Yardstick.Probes.Tests.Fakes;

namespace Yardstick.Probes.Tests.Checks;

public sealed class StopProbeTests
{
    private const string Baseline = "one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve";

    private static string Cut(System.Text.Json.Nodes.JsonObject body)
    {
        if (body["stop"] is not System.Text.Json.Nodes.JsonArray stops)
            return Baseline;
        var at = stops.Select(s => Baseline.IndexOf(s!.GetValue<string>(), StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(Baseline.Length).Min();
        return Baseline[..at];
    }

    [Fact]
    public async Task An_endpoint_that_cuts_at_the_stop_string_is_verified()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(body => FakeReply.Message(Cut(body)));

        var (outcome, _) = await endpoint.RunAsync(new StopProbe());

        Assert.Equal(ProbeVerdict.Verified, outcome.Verdict);
        Assert.True(Baseline.IndexOf(outcome.Observed["stop"], StringComparison.Ordinal) > Baseline.Length / 3);
        Assert.Equal(outcome.Observed["stop"], endpoint.Received[1]["stop"]![0]!.GetValue<string>());
        Assert.Equal(2, outcome.Answered);
    }

    [Fact]
    public async Task An_endpoint_that_ignores_stop_is_refuted()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(_ => FakeReply.Message(Baseline));

        var (outcome, context) = await endpoint.RunAsync(new StopProbe());

        Assert.Equal(ProbeVerdict.Refuted, outcome.Verdict);
        Assert.Contains("contains the stop string", context.Cases[1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_that_do_not_reproduce_the_baseline_are_inconclusive()
    {
        var calls = 0;
        await using var endpoint = await FakeEndpoint.StartAsync(_ => FakeReply.Message(Interlocked.Increment(ref calls) == 1 ? Baseline : "something else entirely"));

        var (outcome, _) = await endpoint.RunAsync(new StopProbe());

        Assert.Equal(ProbeVerdict.Inconclusive, outcome.Verdict);
    }

    [Theory]
    [InlineData("one, two, three, four, five, six", "ree")]
    [InlineData("he he he he xq he he", "he x")]
    [InlineData("ab ab ab ab", null)]
    [InlineData("", null)]
    public void The_stop_string_is_a_piece_first_seen_in_the_middle(string text, string? expected) =>
        Assert.Equal(expected, StopProbe.PickStop(text));
}
