using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Yardstick.Core.Probes;
using Yardstick.Core.Tokens;
using Yardstick.Probes.Checks;
using Yardstick.Probes.Running;
using Yardstick.Probes.Tests.Fakes;

namespace Yardstick.Probes.Tests.Checks;

public sealed partial class ContextWindowProbeTests
{
    private static readonly ProbeRunOptions Claim8k = new() { ClaimedContextWindowTokens = 8_000 };

    /// <summary>An endpoint with a real window of <paramref name="window"/> o200k tokens that finds the needle in what it keeps.</summary>
    private static Func<JsonObject, FakeReply> Window(int window, bool truncate) => body =>
    {
        var text = Requests.LastUserText(body);
        var tokens = O200kTokenCounter.Default.Count(text);
        var usage = new JsonObject { ["prompt_tokens"] = Math.Min(tokens, window), ["completion_tokens"] = 3 };
        if (tokens > window && !truncate)
            return FakeReply.Refuse("messages", $"This model's maximum context length is {window} tokens; your prompt has {tokens}.");
        // A truncating server keeps the end of the prompt: a needle halfway into a prompt twice its window is lost.
        var kept = tokens > window ? text[(text.Length - text.Length * window / tokens)..] : text;
        var code = Code().Match(kept);
        return FakeReply.Message(code.Success ? code.Groups[1].Value : "I do not know.", usage: usage);
    };

    [Fact]
    public async Task Needles_found_at_every_length_and_a_refusal_past_the_window_are_verified()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(Window(8_000, truncate: false));

        var (outcome, context) = await endpoint.RunAsync(new ContextWindowProbe(), Claim8k);

        Assert.True(outcome.Verdict == ProbeVerdict.Verified, string.Join("\n", context.Cases.Select(c => c.Note)));
        Assert.Equal("refused", outcome.Observed["past_window"]);
        Assert.InRange(long.Parse(outcome.Observed["largest_verified_tokens"], System.Globalization.CultureInfo.InvariantCulture), 6_500, 8_000);
    }

    [Fact]
    public async Task A_window_smaller_than_claimed_is_refuted()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(Window(3_000, truncate: false));

        var (outcome, context) = await endpoint.RunAsync(new ContextWindowProbe(), Claim8k);

        Assert.Equal(ProbeVerdict.Refuted, outcome.Verdict);
        Assert.Contains(context.Cases, c => c.Note?.StartsWith("refused at", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Silent_truncation_loses_the_needle_and_past_the_window_is_accepted()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(Window(3_000, truncate: true));

        var (outcome, _) = await endpoint.RunAsync(new ContextWindowProbe(), Claim8k);

        Assert.Equal(ProbeVerdict.Refuted, outcome.Verdict);
        Assert.StartsWith("accepted", outcome.Observed["past_window"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_claimed_window_nothing_is_sent()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(Window(8_000, truncate: false));

        var (outcome, _) = await endpoint.RunAsync(new ContextWindowProbe());

        Assert.Equal(ProbeVerdict.Inconclusive, outcome.Verdict);
        Assert.Empty(endpoint.Received);
    }

    [Fact]
    public async Task The_cap_limits_the_lengths_and_skips_the_past_window_case()
    {
        await using var endpoint = await FakeEndpoint.StartAsync(Window(8_000, truncate: false));

        var (outcome, _) = await endpoint.RunAsync(new ContextWindowProbe(), Claim8k with { MaxContextTokens = 2_000 });

        Assert.Equal(ProbeVerdict.Verified, outcome.Verdict);
        Assert.Equal("2000", outcome.Observed["capped_at_tokens"]);
        Assert.Equal(4, endpoint.Received.Count); // calibration and three needles, none past the window
    }

    [GeneratedRegex(@"The secret code is (\d{5})\.")]
    private static partial Regex Code();
}
