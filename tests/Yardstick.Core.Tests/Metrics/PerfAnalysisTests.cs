using Yardstick.Core.Metrics;
using Yardstick.Core.Providers;

namespace Yardstick.Core.Tests.Metrics;

public sealed class PerfAnalysisTests
{
    [Fact]
    public void Failures_are_counted_by_kind_and_never_dropped()
    {
        // Given three successes and three failures of two kinds
        var samples = new[]
        {
            SampleBuilder.Steady(0.1, 10, 5, 0), SampleBuilder.Steady(0.2, 10, 5, 1), SampleBuilder.Steady(0.3, 10, 5, 2),
            SampleBuilder.Failed(ErrorKind.RateLimited, 3), SampleBuilder.Failed(ErrorKind.RateLimited, 4), SampleBuilder.Failed(ErrorKind.StreamCut, 5),
        };

        // When summarised
        var summary = PerfAnalysis.Summarise(samples, "perf-x");

        // Then ok and failed add up to every request, and distributions are over the successes
        Assert.Equal((3, 3), (summary.Requests.Ok, summary.Requests.Failed));
        Assert.Equal(new Dictionary<string, int> { ["rate_limited"] = 2, ["stream_cut"] = 1 }, summary.Requests.Errors);
        Assert.Equal(3, summary.TtftSeconds.N);
        Assert.Equal(0.2, summary.TtftSeconds.P50, 1e-9);
        Assert.Equal("perf-x", summary.RunId);
    }

    [Fact]
    public void Warm_up_samples_are_excluded_from_every_figure()
    {
        // Given a slow warm-up (negative sequence) and two measured requests
        var samples = new[] { SampleBuilder.Steady(5.0, 1, 5, -1), SampleBuilder.Steady(0.1, 10, 5, 0), SampleBuilder.Steady(0.1, 10, 5, 1) };

        var summary = PerfAnalysis.Summarise(samples);

        Assert.Equal(2, summary.Requests.Ok);
        Assert.Equal(0.1, summary.TtftSeconds.P50, 1e-9);
        Assert.Equal(0.1, summary.TtftSeconds.P99, 1e-9);
    }

    [Fact]
    public void A_success_without_tokens_is_counted_as_failed_with_its_own_name()
    {
        var summary = PerfAnalysis.Summarise([SampleBuilder.Ok(), SampleBuilder.Steady(0.1, 10, 5, 1)]);

        Assert.Equal((1, 1), (summary.Requests.Ok, summary.Requests.Failed));
        Assert.Equal(1, summary.Requests.Errors["no_tokens"]);
    }

    [Fact]
    public void Inter_token_latency_pools_every_gap_of_every_request()
    {
        // Given one request with gaps of 0.1 s (3 gaps) and one with 0.5 s (1 gap)
        var summary = PerfAnalysis.Summarise([SampleBuilder.Steady(0.1, 10, 4, 0), SampleBuilder.Steady(0.1, 2, 2, 1)]);

        // Then the distribution is chunk-weighted: four gaps, median 0.1 s
        Assert.Equal(4, summary.InterTokenLatencySeconds.N);
        Assert.Equal(0.1, summary.InterTokenLatencySeconds.P50, 1e-6);
        Assert.Equal(0.2, summary.InterTokenLatencySeconds.Mean, 1e-6);
    }

    [Theory]
    // TTFT + (reasoning + 500) / speed
    [InlineData(0.5, 0.0, 100.0, 5.5)]
    [InlineData(0.2, 1000.0, 50.0, 30.2)]
    [InlineData(1.0, double.NaN, 250.0, 3.0)]
    public void E2e_for_500_tokens_adds_thinking_time_and_answer_time(double ttft, double reasoning, double speed, double expected) =>
        Assert.Equal(expected, PerfAnalysis.E2e500(ttft, reasoning, speed)!.Value, 1e-9);

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(0.0)]
    public void E2e_for_500_tokens_is_unavailable_without_a_speed(double speed) =>
        Assert.Null(PerfAnalysis.E2e500(0.5, 0, speed));

    [Fact]
    public void The_run_figure_uses_median_ttft_median_speed_and_mean_reasoning()
    {
        // Given requests at 10 tok/s with 100 ms TTFT and reasoning 20 and 40 tokens
        var samples = new[]
        {
            SampleBuilder.Steady(0.1, 10, 5, 0) with { ReasoningTokens = 20 },
            SampleBuilder.Steady(0.1, 10, 5, 1) with { ReasoningTokens = 40 },
        };

        var summary = PerfAnalysis.Summarise(samples);

        Assert.Equal(0.1 + (30 + 500) / 10.0, summary.E2e500Seconds!.Value, 1e-6);
    }

    [Fact]
    public void No_samples_give_empty_distributions_and_a_warning()
    {
        var summary = PerfAnalysis.Summarise([]);

        Assert.Equal(0, summary.TtftSeconds.N);
        Assert.Null(summary.E2e500Seconds);
        Assert.Contains(summary.Warnings, w => w.Contains("No requests", StringComparison.Ordinal));
    }

    [Fact]
    public void Per_user_and_system_throughput_are_kept_apart()
    {
        // Given four requests started 1 s apart (SampleBuilder), each 10 tokens at 10 tokens/s after a 0.1 s TTFT
        var samples = Enumerable.Range(0, 4).Select(i => SampleBuilder.Steady(0.1, 10, 10, i)).ToArray();

        var throughput = PerfAnalysis.Summarise(samples).Throughput!;

        // Then one user sees 10 tokens/s, while the system delivered 40 tokens over 3 s + 1.0 s (last start + last token)
        Assert.Equal(10, throughput.PerUserOutputTokensPerSecond, 1e-9);
        Assert.Equal(4.0, throughput.WindowSeconds, 1e-9);
        Assert.Equal(40, throughput.OutputTokens);
        Assert.Equal(10, throughput.SystemOutputTokensPerSecond, 1e-9);
        Assert.Equal(1, throughput.RequestsPerSecond, 1e-9);
    }

    [Theory]
    [InlineData("""{"schedule_lag_s":0.5,"queue_wait_s":0.4,"send_lag_s":0.01}""", 0.5, 0.4, 0.61)]
    [InlineData("""{"send_lag_s":0.002}""", double.NaN, double.NaN, double.NaN)]
    public void Client_side_waits_are_summarised_and_added_to_ttft_from_the_schedule(string details, double scheduleLag, double queueWait, double fromSchedule)
    {
        // Given requests with a 0.1 s TTFT whose details record the client's waits
        var samples = Enumerable.Range(0, 3).Select(i => SampleBuilder.Steady(0.1, 10, 10, i) with { DetailsJson = details }).ToArray();

        var lag = PerfAnalysis.Summarise(samples).ClientLag!;

        // Then each wait is a distribution over the requests that recorded it, and TTFT from the schedule adds them up
        Assert.Equal(scheduleLag, lag.ScheduleLagSeconds.P50, 1e-9);
        Assert.Equal(queueWait, lag.QueueWaitSeconds.P50, 1e-9);
        Assert.Equal(fromSchedule, lag.TtftFromScheduleSeconds.P50, 1e-9);
        Assert.Equal(3, lag.SendLagSeconds.N);
    }
}
