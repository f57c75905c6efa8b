using Yardstick.Core.Metrics;
using Yardstick.Core.Providers;

namespace Yardstick.Core.Tests.Metrics;

public sealed class GoodputTests
{
    [Theory]
    [InlineData(0.2, null, null, 2)]
    [InlineData(0.05, null, null, 0)]
    [InlineData(null, 0.6, null, 2)]
    [InlineData(null, 0.15, null, 1)]
    [InlineData(null, 0.05, null, 0)]
    [InlineData(null, null, 0.5, 1)]
    [InlineData(0.2, 0.15, 0.5, 1)]
    public void Good_requests_meet_every_bound_that_is_set(double? ttft, double? itl, double? e2e, int expectedGood)
    {
        // Given a fast request (TTFT 0.1 s, gaps 0.1 s, E2E 0.4 s), a slow one (gaps 0.5 s, E2E 1.1 s) and a failure
        var samples = new[] { SampleBuilder.Steady(0.1, 10, 4, 0), SampleBuilder.Steady(0.1, 2, 3, 1), SampleBuilder.Failed(ErrorKind.ServerError, 2) };

        var goodput = Goodput.Of(samples, new Slo(ttft, itl, e2e));

        Assert.Equal((expectedGood, 3), (goodput.Good, goodput.Total));
        Assert.Equal(expectedGood / 3.0, goodput.Fraction, 1e-9);
    }

    [Fact]
    public void Rate_is_good_requests_over_the_window_from_first_issue_to_last_token()
    {
        // Requests issued at 0 s and 1 s (SampleBuilder spaces them a second apart); the second ends 1.1 s later
        var samples = new[] { SampleBuilder.Steady(0.1, 10, 4, 0), SampleBuilder.Steady(0.1, 2, 3, 1) };

        var goodput = Goodput.Of(samples, new Slo(TtftSeconds: 1));

        Assert.Equal(2.1, goodput.WindowSeconds, 1e-6);
        Assert.Equal(2 / 2.1, goodput.GoodRequestsPerSecond, 1e-6);
    }

    [Fact]
    public void The_slo_says_what_it_checks() =>
        Assert.Equal("TTFT <= 0.5 s, ITL <= 50 ms", new Slo(0.5, 0.05).ToString());
}
