using Yardstick.Core.Metrics.Workloads;

namespace Yardstick.Core.Tests.Metrics.Workloads;

public sealed class SloTierTests
{
    [Theory]
    [InlineData(1.9, 0.09, 100, 0, true)]
    [InlineData(2.0, 0.10, 100, 1, true)]      // bounds are inclusive
    [InlineData(2.1, 0.05, 100, 0, false)]     // TTFT too slow
    [InlineData(1.0, 0.11, 100, 0, false)]     // tokens too slow
    [InlineData(1.0, 0.05, 100, 2, false)]     // too many failures
    [InlineData(1.0, double.NaN, 10, 0, true)] // one-token answers have no gaps: ITL cannot break the tier
    [InlineData(double.NaN, double.NaN, 5, 5, false)] // nothing succeeded
    public void Interactive_needs_p95_ttft_within_2_s_p95_itl_within_100_ms_and_1_percent_failures(double ttft, double itl, int requests, int failed, bool met) =>
        Assert.Equal(met, SloTier.Interactive.IsMetBy(ttft, itl, requests, failed));
}
