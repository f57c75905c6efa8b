using System.Text.Json.Nodes;
using Yardstick.Core.Probes;
using Yardstick.Probes.Checks;
using Yardstick.Probes.Tests.Fakes;

namespace Yardstick.Probes.Tests.Checks;

public sealed class PromptCachingProbeTests
{
    private static FakeReply Answer(int? cached) => FakeReply.Stream(
        FakeReply.Chunk(new JsonObject { ["content"] = "rainy" }, "stop"),
        new JsonObject
        {
            ["choices"] = new JsonArray(),
            ["usage"] = cached is null
                ? new JsonObject { ["prompt_tokens"] = 3000, ["completion_tokens"] = 1 }
                : new JsonObject { ["prompt_tokens"] = 3000, ["completion_tokens"] = 1, ["prompt_tokens_details"] = new JsonObject { ["cached_tokens"] = cached } },
        });

    [Fact]
    public async Task Cached_tokens_on_the_warm_requests_are_verified()
    {
        var calls = 0;
        await using var endpoint = await FakeEndpoint.StartAsync(_ => Answer(Interlocked.Increment(ref calls) <= 2 ? 0 : 2944));

        var (outcome, context) = await endpoint.RunAsync(new PromptCachingProbe());

        Assert.Equal(ProbeVerdict.Verified, outcome.Verdict);
        Assert.Equal("2944", outcome.Observed["cached_tokens"]);
        Assert.Equal("prompt_caching/calibration", context.Cases[0].Exchange.PromptId);
        Assert.Equal(endpoint.Received[1]["messages"]!.ToJsonString(), endpoint.Received[3]["messages"]!.ToJsonString());
    }

    [Fact]
    public async Task No_cached_tokens_and_no_ttft_drop_is_refuted()
    {
        // Given an endpoint that takes 300 ms before every answer, cold or warm, and reports no cache
        await using var endpoint = await FakeEndpoint.StartAsync(_ =>
        {
            Thread.Sleep(300);
            return Answer(null);
        });

        var (outcome, _) = await endpoint.RunAsync(new PromptCachingProbe());

        Assert.Equal(ProbeVerdict.Refuted, outcome.Verdict);
        Assert.Equal("not reported", outcome.Observed["cached_tokens"]);
    }

    [Fact]
    public async Task A_large_ttft_drop_without_a_report_is_inconclusive()
    {
        // Given an endpoint that is slow only the first time (a cache it does not report)
        var calls = 0;
        await using var endpoint = await FakeEndpoint.StartAsync(_ =>
        {
            // call 1 is the calibration, call 2 the cold request
            if (Interlocked.Increment(ref calls) == 2)
                Thread.Sleep(600);
            return Answer(null);
        });

        var (outcome, _) = await endpoint.RunAsync(new PromptCachingProbe());

        Assert.Equal(ProbeVerdict.Inconclusive, outcome.Verdict);
        Assert.Contains("unreported", outcome.Detail, StringComparison.Ordinal);
    }
}
