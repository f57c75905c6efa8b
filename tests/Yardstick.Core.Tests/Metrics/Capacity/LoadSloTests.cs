using Yardstick.Core.Metrics.Capacity;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Tests.Metrics.Capacity;

public sealed class LoadSloTests
{
    [Theory]
    [InlineData(0.30, null, null, null, true)]   // p95 TTFT of 0.1 … 0.2 is below 0.30
    [InlineData(0.15, null, null, null, false)]  // … but above 0.15
    [InlineData(null, 0.11, null, null, true)]   // every request's mean gap is 0.1 s
    [InlineData(null, 0.09, null, null, false)]
    [InlineData(null, null, 0.35, null, true)]   // E2E 0.2 … 0.3 s (TTFT + 1 gap)
    [InlineData(null, null, 0.25, null, false)]
    [InlineData(null, null, null, 0.10, true)]   // 1 failure in 11 requests: 9.1 %
    [InlineData(null, null, null, 0.05, false)]
    public void A_level_meets_its_objectives_by_percentile_and_error_rate(double? ttft, double? itl, double? e2e, double? errors, bool met)
    {
        // Given ten requests with TTFT 0.10 … 0.20 s and two tokens 0.1 s apart, and one failure
        var samples = Enumerable.Range(0, 10).Select(i => SampleBuilder.Steady(0.1 + i * 0.1 / 9, 10, 2, i))
            .Append(SampleBuilder.Failed(ErrorKind.ServerError, 10)).ToList();

        var checks = new LoadSlo(ttft, itl, e2e, errors).Check(samples);

        var check = Assert.Single(checks);
        Assert.Equal(met, check.Met);
    }

    [Fact]
    public void A_bound_nothing_measured_is_not_met()
    {
        var checks = new LoadSlo(TtftSeconds: 1).Check([SampleBuilder.Failed(ErrorKind.ServerError)]);

        Assert.False(Assert.Single(checks).Met);
    }

    [Fact]
    public void Warm_up_samples_do_not_count()
    {
        var warmup = SampleBuilder.Failed(ErrorKind.ServerError) with { Sequence = -1, DetailsJson = """{"warmup":true}""" };
        var samples = new List<SampleRecord> { warmup, SampleBuilder.Steady(0.1, 10, 2, 0) };

        var check = Assert.Single(new LoadSlo(MaxErrorRate: 0).Check(samples));

        Assert.Equal(0, check.Value);
    }
}
