using Yardstick.Core.Metrics.Workloads;

namespace Yardstick.Core.Tests.Metrics.Workloads;

public sealed class PrefixCacheEffectTests
{
    [Theory]
    // Cached prefixes answer in a fifth of the time, consistently: detected.
    [InlineData(new[] { 0.010, 0.011, 0.009, 0.010 }, new[] { 0.050, 0.052, 0.049, 0.051 }, true)]
    // The same speed either way: not a cache.
    [InlineData(new[] { 0.050, 0.049, 0.051, 0.050 }, new[] { 0.050, 0.050, 0.050, 0.050 }, false)]
    // A steady 10 % speed-up is significant but too small to call a cache (ordering alone can do that).
    [InlineData(new[] { 0.045, 0.045, 0.045, 0.045 }, new[] { 0.050, 0.050, 0.050, 0.050 }, false)]
    // A large but erratic difference over two pairs: the interval reaches past 1.
    [InlineData(new[] { 0.010, 0.060 }, new[] { 0.050, 0.050 }, false)]
    public void A_cache_is_detected_only_when_the_whole_interval_is_below_one_and_the_ratio_is_at_most_0_8(double[] cached, double[] fresh, bool detected)
    {
        var effect = PrefixCacheEffect.Of(cached.Zip(fresh).ToArray());

        Assert.Equal(detected, effect.Detected);
        Assert.Equal(cached.Length, effect.Pairs);
    }

    [Fact]
    public void The_medians_are_each_arms_own()
    {
        var effect = PrefixCacheEffect.Of([(0.01, 0.05), (0.02, 0.06), (0.03, 0.07)]);

        Assert.Equal(0.02, effect.CachedTtftP50Seconds, 12);
        Assert.Equal(0.06, effect.FreshTtftP50Seconds, 12);
    }
}
