using Yardstick.Core.Metrics;
using Yardstick.Core.Providers;

namespace Yardstick.Core.Tests.Metrics;

public sealed class RequestMetricsTests
{
    [Theory]
    // (tokens − first event's tokens) / (last − first): one token per event
    [InlineData(new[] { 0.5, 0.6, 0.7, 0.8, 0.9 }, new[] { 1, 1, 1, 1, 1 }, 10.0)]
    // several tokens per event: the first event's tokens are not part of the speed
    [InlineData(new[] { 0.2, 0.3, 0.4 }, new[] { 5, 5, 5 }, 50.0)]
    // uneven events: still tokens after the first over time after the first
    [InlineData(new[] { 1.0, 1.5, 3.0 }, new[] { 2, 1, 3 }, 2.0)]
    // a single event cannot give a speed
    [InlineData(new[] { 0.4 }, new[] { 30 }, double.NaN)]
    // no time between the events cannot give a speed
    [InlineData(new[] { 0.4, 0.4 }, new[] { 1, 1 }, double.NaN)]
    public void Output_speed_counts_tokens_after_the_first_event(double[] seconds, int[] tokens, double expected)
    {
        var sample = SampleBuilder.Ok(seconds.Zip(tokens).ToArray());

        var metrics = RequestMetrics.From(sample)!;

        if (double.IsNaN(expected))
            Assert.True(double.IsNaN(metrics.OutputTokensPerSecond));
        else
            Assert.Equal(expected, metrics.OutputTokensPerSecond, 1e-9);
    }

    [Fact]
    public void Ttft_e2e_and_gaps_come_from_the_timeline()
    {
        var metrics = RequestMetrics.From(SampleBuilder.Ok((0.25, 1), (0.30, 1), (0.40, 2)))!;

        Assert.Equal((0.25, 0.40, 4, 3), (metrics.TtftSeconds, metrics.E2eLatencySeconds, metrics.OutputTokens, metrics.TokenEvents));
        Assert.Equal([0.05, 0.10], metrics.InterTokenGapsSeconds.Select(g => Math.Round(g, 6)));
        Assert.Equal(4.0 / 3, metrics.TokensPerEvent, 1e-9);
    }

    [Theory]
    // native speed = normalised speed × streamed native tokens / normalised tokens
    [InlineData(12, 0, null, 12.0)]
    [InlineData(6, 0, null, 6.0)]
    // hidden reasoning: native tokens include reasoning that was never streamed, so it is taken off
    [InlineData(20, 8, null, 12.0)]
    // streamed reasoning is part of the streamed text, so nothing is taken off
    [InlineData(20, 8, " thinking", 20.0)]
    public void Native_speed_uses_the_providers_count(int native, int reasoning, string? reasoningText, double streamedNativeTokens)
    {
        // Given 12 normalised tokens, one per event, 0.1 s apart (normalised speed 10 tok/s after the first)
        var sample = SampleBuilder.Steady(0.2, 10, 12) with { OutputTokensNative = native, ReasoningTokens = reasoning, ReasoningText = reasoningText };

        var metrics = RequestMetrics.From(sample)!;

        Assert.Equal(10 * streamedNativeTokens / 12, metrics.OutputTokensPerSecondNative, 1e-9);
        Assert.Equal(reasoning > 0 && reasoningText is null, metrics.HiddenReasoning);
    }

    [Fact]
    public void Failed_samples_have_no_figures() =>
        Assert.Null(RequestMetrics.From(SampleBuilder.Failed(ErrorKind.StreamCut)));

    [Fact]
    public void A_success_without_any_token_has_no_figures() =>
        Assert.Null(RequestMetrics.From(SampleBuilder.Ok()));
}
