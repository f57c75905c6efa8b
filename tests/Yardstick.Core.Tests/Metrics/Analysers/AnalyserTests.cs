using Yardstick.Core.Metrics;
using Yardstick.Core.Metrics.Analysers;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Tests.Metrics.Analysers;

public sealed class AnalyserTests
{
    private static IReadOnlyList<string> Warnings(IPerfAnalyser analyser, params SampleRecord[] samples) =>
        PerfAnalysis.Summarise(samples, analysers: [analyser]).Warnings;

    private static SampleRecord[] Fast(int count) => Enumerable.Range(0, count).Select(i => SampleBuilder.Steady(0.1 + i * 0.001, 10, 64, i)).ToArray();

    [Fact]
    public void High_error_rate_warns_above_five_percent_with_the_kinds()
    {
        var samples = Fast(18).Append(SampleBuilder.Failed(ErrorKind.RateLimited, 18)).Append(SampleBuilder.Failed(ErrorKind.RateLimited, 19)).ToArray();

        var warning = Assert.Single(Warnings(HighErrorRateAnalyser.Default, samples));

        Assert.Contains("rate_limited 2", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_low_error_rate_is_quiet() =>
        Assert.Empty(Warnings(HighErrorRateAnalyser.Default, Fast(20).Append(SampleBuilder.Failed(ErrorKind.ServerError, 20)).ToArray()));

    [Fact]
    public void Too_few_tokens_warns_about_short_answers_and_single_event_answers()
    {
        var warnings = Warnings(TooFewTokensAnalyser.Default, SampleBuilder.Ok((0.1, 5)), SampleBuilder.Steady(0.1, 10, 8, 1));

        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("1 of 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Long_answers_are_enough_tokens() => Assert.Empty(Warnings(TooFewTokensAnalyser.Default, Fast(5)));

    [Fact]
    public void Two_clusters_of_ttft_are_called_bimodal()
    {
        // Given half the requests near 0.1 s and half near 2 s
        var samples = Enumerable.Range(0, 30).Select(i => SampleBuilder.Steady(i % 2 == 0 ? 0.1 + i * 0.0005 : 2.0 + i * 0.0005, 10, 40, i)).ToArray();

        var warning = Assert.Single(Warnings(BimodalTtftAnalyser.Default, samples));

        Assert.Contains("bimodal", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.001)]
    [InlineData(0.05)]
    public void One_cluster_of_ttft_is_not_bimodal(double spreadSeconds)
    {
        var samples = Enumerable.Range(0, 30).Select(i => SampleBuilder.Steady(0.5 + i * spreadSeconds, 10, 40, i)).ToArray();

        Assert.Empty(Warnings(BimodalTtftAnalyser.Default, samples));
    }

    [Fact]
    public void Repeated_prompts_or_reported_cache_hits_suspect_a_prompt_cache()
    {
        var repeated = Fast(3).Select(s => s with { PromptSha256 = "same" }).ToArray();
        var cached = Fast(2).Select(s => s with { DetailsJson = """{"cached_prompt_tokens":64}""" }).ToArray();

        Assert.Contains("2 requests repeated", Assert.Single(Warnings(PromptCacheSuspectedAnalyser.Default, repeated)), StringComparison.Ordinal);
        Assert.Contains("cached prompt tokens in 2", Assert.Single(Warnings(PromptCacheSuspectedAnalyser.Default, cached)), StringComparison.Ordinal);
    }

    [Fact]
    public void Fresh_prompts_do_not_suspect_a_cache() =>
        Assert.Empty(Warnings(PromptCacheSuspectedAnalyser.Default, Fast(3).Select((s, i) => s with { PromptSha256 = $"h{i}", DetailsJson = "not json" }).ToArray()));

    [Theory]
    [InlineData(new string[0], 0)]
    [InlineData(new[] { "elsewhere" }, 0)]
    [InlineData(new[] { "h0", "h2" }, 2)]
    public void A_prompt_an_earlier_run_sent_to_the_endpoint_suspects_a_cache(string[] sentBefore, int flagged)
    {
        // Given three fresh prompts of this run, some of which earlier runs already sent to the same endpoint
        var samples = Fast(3).Select((s, i) => s with { PromptSha256 = $"h{i}" }).ToArray();

        // When the run is analysed with those stored prompt hashes
        var warnings = PerfAnalysis.Summarise(samples, analysers: [PromptCacheSuspectedAnalyser.Default], promptsSentBefore: sentBefore.ToHashSet()).Warnings;

        // Then each resent prompt counts, and a run of prompts never sent before stays quiet
        if (flagged == 0)
            Assert.Empty(warnings);
        else
            Assert.Contains($"{flagged} requests sent a prompt an earlier run already sent", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Hidden_reasoning_is_noted()
    {
        var samples = Fast(2).Select(s => s with { ReasoningTokens = 100, ReasoningText = null }).ToArray();

        Assert.Single(Warnings(HiddenReasoningAnalyser.Default, samples));
    }

    [Fact]
    public void Several_tokens_per_event_are_noted()
    {
        var samples = new[] { SampleBuilder.Ok((0.1, 4), (0.2, 4), (0.3, 4)) };

        Assert.Contains("4.0 tokens per event", Assert.Single(Warnings(MultiTokenEventsAnalyser.Default, samples)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"client_cpu_share":0.95}""", "CPU was 95")]
    [InlineData("""{"read_lag_max_s":0.15}""", "read events late in 10 of 10")]
    [InlineData("""{"send_lag_s":0.02}""", "waited 20 ms (p95)")]
    public void A_client_that_could_not_keep_up_is_named(string details, string expected)
    {
        // Given requests streaming a token every 100 ms whose client was saturated, read late or sent late
        var samples = Fast(10).Select(s => s with { DetailsJson = details }).ToArray();

        var warning = Assert.Single(Warnings(ClientOverloadAnalyser.Default, samples));

        Assert.Contains(expected, warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_client_that_kept_up_is_quiet()
    {
        // Given reads up to 90 ms behind a stream of 100 ms gaps (kernel timestamps still right), a client 30 % busy and
        // sends 0.2 ms after issue
        var samples = Fast(10).Select(s => s with { DetailsJson = """{"client_cpu_share":0.3,"read_lag_max_s":0.09,"send_lag_s":0.0002}""" }).ToArray();

        Assert.Empty(Warnings(ClientOverloadAnalyser.Default, samples));
    }

    [Theory]
    [InlineData(64, false)]
    [InlineData(70, false)]
    [InlineData(90, true)]
    [InlineData(40, true)]
    public void Native_and_normalised_counts_far_apart_are_named(int native, bool warns)
    {
        // Given 64 normalised tokens per answer and the server's usage count
        var samples = Fast(5).Select(s => s with { OutputTokensNative = native }).ToArray();

        var warnings = Warnings(TokenCountDiscrepancyAnalyser.Default, samples);

        Assert.Equal(warns, warnings.Count == 1);
    }

    [Theory]
    [InlineData(64, null, false)]
    [InlineData(50, null, true)]
    [InlineData(null, "length", false)]
    [InlineData(null, "stop", true)]
    public void Answers_shorter_than_asked_are_named(int? native, string? finishReason, bool warns)
    {
        // Given requests that asked for 64 tokens with ignore_eos
        var samples = Fast(4).Select(s => s with { OutputTokensNative = native, FinishReason = finishReason, DetailsJson = """{"asked_output_tokens":64}""" }).ToArray();

        var warnings = Warnings(OutputLengthMismatchAnalyser.Default, samples);

        Assert.Equal(warns, warnings.Count == 1);
        if (warns)
            Assert.Contains("4 of 4 answers stopped before the asked 64 tokens", warnings[0], StringComparison.Ordinal);
    }
}
