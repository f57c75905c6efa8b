using Yardstick.Core.Pricing;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Tests.Pricing;

public sealed class LoadThroughputTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static SampleRecord Sample(int sequence, double startSeconds, double ttft, double last, int input, int output, ErrorKind error = ErrorKind.None) => new()
    {
        RunId = "perf-1",
        PromptId = $"p{sequence}",
        Sequence = sequence,
        RequestStartedUtc = T0.AddSeconds(startSeconds),
        Load = 2,
        TtftSeconds = error == ErrorKind.None ? ttft : null,
        LastTokenSeconds = error == ErrorKind.None ? last : null,
        InputTokensNormalised = input,
        OutputTokensNormalised = error == ErrorKind.None ? output : null,
        ErrorKind = error,
    };

    [Fact]
    public void Output_throughput_is_all_output_tokens_over_the_run_window()
    {
        // Given two overlapping streams: 0–10 s and 2–12 s, 500 tokens each
        SampleRecord[] samples = [Sample(0, 0, 1, 10, 1000, 500), Sample(1, 2, 1, 10, 1000, 500)];

        var throughput = LoadThroughput.Of("perf-1", samples);

        Assert.Equal(12, throughput.WindowSeconds, 9);
        Assert.Equal(1000.0 / 12, throughput.OutputTokensPerSecond, 9);
        Assert.Equal(2, throughput.Load);
    }

    [Theory]
    // start A, ttft A, start B, ttft B → prefill wall seconds (union of [start, start + ttft])
    [InlineData(0, 1, 5, 1, 2)]      // apart: 1 + 1
    [InlineData(0, 2, 1, 2, 3)]      // overlapping: 0–3
    [InlineData(0, 4, 1, 1, 4)]      // nested: 0–4
    [InlineData(0, 1, 1, 1, 2)]      // touching: 0–2
    public void Prefill_time_counts_overlapping_prefills_once(double startA, double ttftA, double startB, double ttftB, double expected)
    {
        SampleRecord[] samples = [Sample(0, startA, ttftA, 20, 1000, 10), Sample(1, startB, ttftB, 20, 3000, 10)];

        var throughput = LoadThroughput.Of("perf-1", samples);

        Assert.Equal(expected, throughput.PrefillSeconds, 9);
        Assert.Equal(4000 / expected, throughput.PrefillTokensPerSecond, 9);
    }

    [Fact]
    public void Warmup_and_failed_requests_add_no_tokens()
    {
        SampleRecord[] samples = [Sample(-1, 0, 1, 2, 9999, 9999), Sample(0, 0, 1, 4, 100, 40), Sample(1, 0, 1, 4, 100, 40, ErrorKind.ServerError)];

        var throughput = LoadThroughput.Of("perf-1", samples);

        Assert.Equal(1, throughput.SucceededRequests);
        Assert.Equal(100, throughput.InputTokens);
        Assert.Equal(40, throughput.OutputTokens);
    }

    [Fact]
    public void Native_token_counts_are_preferred_where_reported()
    {
        SampleRecord[] samples = [Sample(0, 0, 1, 4, 100, 40) with { InputTokensNative = 120, OutputTokensNative = 50 }];

        var throughput = LoadThroughput.Of("perf-1", samples);

        Assert.Equal(120, throughput.InputTokens);
        Assert.Equal(50, throughput.OutputTokens);
    }
}
