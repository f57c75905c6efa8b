using Yardstick.Core.Probes;
using Yardstick.Probes.Checks;
using Yardstick.Probes.Tests.Fakes;

namespace Yardstick.Probes.Tests.Checks;

public sealed class SeedProbeTests
{
    [Fact]
    public async Task Same_seed_same_answer_and_another_seed_another_answer_is_verified()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(body => FakeReply.Message($"cat {body["seed"]}"));

        var (outcome, _) = await endpoint.RunAsync(new SeedProbe());

        Assert.Equal(ProbeVerdict.Verified, outcome.Verdict);
        Assert.Equal(1.0, outcome.Rate);
        Assert.Equal("yes", outcome.Observed["other_seed_differs"]);
    }

    [Fact]
    public async Task Answers_that_ignore_the_seed_give_the_determinism_rate()
    {
        var calls = 0;
        await using var endpoint = await FakeEndpoint.StartAsync(_ => FakeReply.Message($"cat {Interlocked.Increment(ref calls) % 2}"));

        var (outcome, _) = await endpoint.RunAsync(new SeedProbe());

        // first "cat 1", repeats "cat 0", "cat 1", "cat 0": one of three repeats matches
        Assert.Equal(ProbeVerdict.Refuted, outcome.Verdict);
        Assert.Equal(1.0 / 3, outcome.Rate!.Value, 6);
    }

    [Fact]
    public async Task Answers_that_never_vary_are_inconclusive()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(_ => FakeReply.Message("always the same"));

        var (outcome, _) = await endpoint.RunAsync(new SeedProbe());

        Assert.Equal(ProbeVerdict.Inconclusive, outcome.Verdict);
        Assert.Equal("no", outcome.Observed["other_seed_differs"]);
    }
}
